package org.connectedservice.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings parts that a new version ships into a window layout saved by an older one. The workbench restores the
 * saved layout instead of the shipped model, so without this a user who upgrades never sees a new part (the Cases
 * tab, say). A part already in the layout, open or closed by the user, is left alone; a missing one is added to the
 * stack it ships in, or to the first stack when the user's layout no longer has that one.
 */
final class NewParts {

    private NewParts() {
    }

    /** Adds the shipped parts the live model lacks; returns their ids. */
    static List<String> addMissing(MApplication shipped, MApplication live) {
        Map<String, MUIElement> liveById = new HashMap<>();
        live.getChildren().forEach(w -> index(w, liveById));
        List<MPart> shippedParts = new ArrayList<>();
        shipped.getChildren().forEach(w -> collectParts(w, shippedParts));
        List<String> added = new ArrayList<>();
        for (MPart part : shippedParts) {
            String id = part.getElementId();
            if (id == null || liveById.containsKey(id)) {
                continue;
            }
            MElementContainer<?> shippedParent = part.getParent();
            MUIElement sameStack = shippedParent == null ? null : liveById.get(shippedParent.getElementId());
            MPartStack stack = sameStack instanceof MPartStack s ? s : firstStack(live);
            if (stack == null) {
                continue;
            }
            MPart copy = (MPart) EcoreUtil.copy((EObject) part);
            copy.getHandlers().removeIf(h -> !rebind(h, live));
            stack.getChildren().add(copy);
            liveById.put(id, copy);
            added.add(id);
        }
        return added;
    }

    /** Points a copied handler at the live model's command of the same id; false when there is none. */
    private static boolean rebind(MHandler handler, MApplication live) {
        MCommand shippedCommand = handler.getCommand();
        if (shippedCommand == null) {
            return false;
        }
        for (MCommand command : live.getCommands()) {
            if (command.getElementId() != null && command.getElementId().equals(shippedCommand.getElementId())) {
                handler.setCommand(command);
                return true;
            }
        }
        return false;
    }

    private static void index(MUIElement element, Map<String, MUIElement> byId) {
        if (element.getElementId() != null) {
            byId.putIfAbsent(element.getElementId(), element);
        }
        if (element instanceof MWindow window) {
            window.getSharedElements().forEach(e -> index(e, byId));
            window.getWindows().forEach(w -> index(w, byId));
        }
        if (element instanceof MElementContainer<?> container) {
            for (MUIElement child : container.getChildren()) {
                index(child, byId);
            }
        }
    }

    private static void collectParts(MUIElement element, List<MPart> parts) {
        if (element instanceof MPart part) {
            parts.add(part);
        }
        if (element instanceof MElementContainer<?> container) {
            for (MUIElement child : container.getChildren()) {
                collectParts(child, parts);
            }
        }
    }

    private static MPartStack firstStack(MApplication live) {
        for (MWindow window : live.getChildren()) {
            MPartStack found = firstStack(window);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static MPartStack firstStack(MUIElement element) {
        if (element instanceof MPartStack stack) {
            return stack;
        }
        if (element instanceof MElementContainer<?> container) {
            for (MUIElement child : container.getChildren()) {
                MPartStack found = firstStack(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
