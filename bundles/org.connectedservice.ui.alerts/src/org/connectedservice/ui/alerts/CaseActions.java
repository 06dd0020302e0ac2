package org.connectedservice.ui.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.ui.BackgroundWork;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;

/**
 * Create case... and Create work order... on an alert: the dialogs ask on the UI thread, the case service saves in a
 * job, and the outcome (or what went wrong and what to do) shows in the part's status line.
 */
final class CaseActions {

    static final String CASE_TITLE = "Create case";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Control owner;
    private final CaseIndex index;
    private final Consumer<String> status;
    private final String user = System.getProperty("user.name", "console");
    private volatile CaseService service;

    CaseActions(Control owner, CaseIndex index, Consumer<String> status) {
        this.owner = owner;
        this.index = index;
        this.status = status;
    }

    void use(CaseService caseService) {
        service = caseService;
    }

    CaseService service() {
        return service;
    }

    boolean canCreateCase(IotAlert alert) {
        return service != null && alert != null && index.caseOf(alert.id()).isEmpty();
    }

    boolean canCreateWorkOrder(IotAlert alert) {
        return service != null && alert != null
                && index.caseOf(alert.id()).filter(c -> c.status() == CaseStatus.ACTIVE).isPresent();
    }

    void askCase(IotAlert alert) {
        if (!ready(alert)) {
            return;
        }
        Optional<ServiceCase> existing = index.caseOf(alert.id());
        if (existing.isPresent()) {
            status.accept("This alert already has case " + existing.get().id() + "; add a work order to it instead");
            return;
        }
        InputDialog dialog = new InputDialog(owner.getShell(), CASE_TITLE, "Title of the case for the "
                + alert.severity().name().toLowerCase() + " alert of " + alert.deviceId() + " at "
                + TIME.format(alert.time()) + ":", alert.description(),
                text -> text.isBlank() ? "Type a title: what is wrong, for example the alert's description" : null);
        if (dialog.open() == Window.OK) {
            createCase(alert, dialog.getValue());
        }
    }

    void createCase(IotAlert alert, String title) {
        CaseService cases = service;
        status.accept("Creating a case for " + alert.deviceId() + "...");
        BackgroundWork.run("Creating a case for " + alert.deviceId(), owner, () -> cases.createCase(alert, title, user),
                created -> status.accept("Case " + created.id() + " (" + created.priority().label()
                        + " priority) created for the alert of " + created.deviceId()),
                failed -> failed("The case could not be created", failed));
    }

    void askWorkOrder(IotAlert alert) {
        if (!ready(alert)) {
            return;
        }
        Optional<ServiceCase> owningCase = index.caseOf(alert.id());
        if (owningCase.isEmpty()) {
            status.accept("This alert has no case yet; create the case first (Create case...)");
            return;
        }
        ServiceCase c = owningCase.get();
        WorkOrderDialog dialog = new WorkOrderDialog(owner.getShell(), "Work order for case " + c.id() + " \""
                + c.title() + "\" on " + c.deviceId());
        if (dialog.open() == Window.OK) {
            createWorkOrder(alert, dialog.type(), dialog.instructions());
        }
    }

    void createWorkOrder(IotAlert alert, String type, String instructions) {
        CaseService cases = service;
        Optional<ServiceCase> owningCase = index.caseOf(alert.id());
        if (cases == null || owningCase.isEmpty()) {
            status.accept("This alert has no case yet; create the case first (Create case...)");
            return;
        }
        String caseId = owningCase.get().id();
        status.accept("Creating a work order for " + caseId + "...");
        BackgroundWork.run("Creating a work order for " + caseId, owner,
                () -> cases.createWorkOrder(caseId, type, instructions, user),
                created -> status.accept("Work order " + created.id() + " (" + created.type() + ", "
                        + created.status().label() + ") created for case " + caseId),
                failed -> failed("The work order could not be created", failed));
    }

    private boolean ready(IotAlert alert) {
        if (service == null) {
            status.accept("Cases are not available: the cases bundle is not running in this console");
            return false;
        }
        if (alert == null) {
            status.accept("Select an alert first");
            return false;
        }
        return true;
    }

    private void failed(String what, Exception e) {
        String message = what + ": " + BackgroundWork.message(e);
        status.accept(message);
        MessageDialog.openError(owner.getShell(), what, message);
    }
}
