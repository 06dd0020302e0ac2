package org.connectedservice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.junit.jupiter.api.Test;

/** A layout saved by an older version gets the parts this version ships, and keeps everything the user arranged. */
class NewPartsTest {

    private static final String ALERTS_STACK = "stack.alerts";

    private static MApplication application(String... stacksAndParts) {
        MApplication app = MApplicationFactory.INSTANCE.createApplication();
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.setElementId("window.main");
        MPartSashContainer sash = MBasicFactory.INSTANCE.createPartSashContainer();
        window.getChildren().add(sash);
        MPartStack stack = null;
        for (String id : stacksAndParts) {
            if (id.startsWith("stack.")) {
                stack = MBasicFactory.INSTANCE.createPartStack();
                stack.setElementId(id);
                sash.getChildren().add(stack);
            } else {
                stack.getChildren().add(part(id));
            }
        }
        app.getChildren().add(window);
        return app;
    }

    private static MPart part(String id) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(id);
        part.setLabel(id.substring(id.lastIndexOf('.') + 1));
        part.setContributionURI("bundleclass://bundle/" + id);
        return part;
    }

    private static MPartStack stack(MApplication app, String id) {
        return (MPartStack) ((MPartSashContainer) app.getChildren().get(0).getChildren().get(0)).getChildren().stream()
                .filter(s -> id.equals(s.getElementId())).findFirst().orElseThrow();
    }

    private static List<String> ids(MPartStack stack) {
        return stack.getChildren().stream().map(p -> p.getElementId()).toList();
    }

    @Test
    void aPartNewInThisVersionJoinsTheStackItShipsIn() {
        MApplication shipped = application("stack.chart", "part.chart", ALERTS_STACK, "part.alerts", "part.cases",
                "part.rules");
        MApplication saved = application("stack.chart", "part.chart", "part.rules", ALERTS_STACK, "part.alerts");

        assertEquals(List.of("part.cases"), NewParts.addMissing(shipped, saved));

        assertEquals(List.of("part.alerts", "part.cases"), ids(stack(saved, ALERTS_STACK)));
        assertEquals(List.of("part.chart", "part.rules"), ids(stack(saved, "stack.chart")),
                "a part the user moved to another stack stays where the user put it");
        MPart added = (MPart) stack(saved, ALERTS_STACK).getChildren().get(1);
        assertEquals("cases", added.getLabel());
        assertEquals("bundleclass://bundle/part.cases", added.getContributionURI());
        assertNotSame(stack(shipped, ALERTS_STACK).getChildren().get(1), added, "the shipped model is not modified");
        assertEquals(List.of(), NewParts.addMissing(shipped, saved), "a second start adds nothing more");
    }

    @Test
    void withoutItsStackInTheSavedLayoutTheNewPartGoesToTheFirstStack() {
        MApplication shipped = application("stack.chart", "part.chart", ALERTS_STACK, "part.cases");
        MApplication saved = application("stack.chart", "part.chart");

        NewParts.addMissing(shipped, saved);

        assertEquals(List.of("part.chart", "part.cases"), ids(stack(saved, "stack.chart")));
    }

    @Test
    void aPartTheUserClosedIsNotBroughtBack() {
        MApplication shipped = application(ALERTS_STACK, "part.alerts", "part.cases");
        MApplication saved = application(ALERTS_STACK, "part.alerts", "part.cases");
        stack(saved, ALERTS_STACK).getChildren().get(1).setToBeRendered(false);

        assertEquals(List.of(), NewParts.addMissing(shipped, saved));
        assertEquals(2, stack(saved, ALERTS_STACK).getChildren().size());
    }

    @Test
    void aNewPartsHandlersUseTheSavedModelsCommandsAndOnesWithoutACommandThereAreLeftOut() {
        MApplication shipped = application(ALERTS_STACK, "part.alerts", "part.rules");
        MApplication saved = application(ALERTS_STACK, "part.alerts");
        MCommand shippedUndo = command(shipped, "edit.undo");
        command(shipped, "edit.redo");
        MCommand savedUndo = command(saved, "edit.undo");
        MPart rules = (MPart) stack(shipped, ALERTS_STACK).getChildren().get(1);
        rules.getHandlers().add(handler(shippedUndo));
        rules.getHandlers().add(handler(shipped.getCommands().get(1)));

        NewParts.addMissing(shipped, saved);

        MPart added = (MPart) stack(saved, ALERTS_STACK).getChildren().get(1);
        assertEquals(1, added.getHandlers().size(), "the redo handler has no command in the saved model");
        assertSame(savedUndo, added.getHandlers().get(0).getCommand());
    }

    private static MCommand command(MApplication app, String id) {
        MCommand command = MCommandsFactory.INSTANCE.createCommand();
        command.setElementId(id);
        command.setCommandName(id);
        app.getCommands().add(command);
        return command;
    }

    private static MHandler handler(MCommand command) {
        MHandler handler = MCommandsFactory.INSTANCE.createHandler();
        handler.setCommand(command);
        handler.setContributionURI("bundleclass://bundle/Handler");
        return handler;
    }
}
