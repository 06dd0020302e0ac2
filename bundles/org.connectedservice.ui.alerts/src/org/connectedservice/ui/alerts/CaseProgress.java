package org.connectedservice.ui.alerts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.ui.BackgroundWork;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The row under the Cases part's tables: Resolve case... and Move to (the work order's next step), each on only when
 * it applies, and a line saying what the last action did. The case service saves in a job, never on the UI thread.
 */
final class CaseProgress {

    static final String RESOLVE_TITLE = "Resolve case";

    private final Supplier<ServiceCase> selectedCase;
    private final Supplier<WorkOrder> selectedWorkOrder;
    private final Supplier<CaseBoard> board;
    private final Button resolve;
    private final Button moveOn;
    private final ActionRow row;
    private volatile CaseService service;

    CaseProgress(Composite parent, Supplier<ServiceCase> selectedCase, Supplier<WorkOrder> selectedWorkOrder,
            Supplier<CaseBoard> board) {
        this.selectedCase = selectedCase;
        this.selectedWorkOrder = selectedWorkOrder;
        this.board = board;
        row = new ActionRow(parent);
        resolve = row.button("&Resolve case...", "Close the selected case with a note on how it was resolved");
        moveOn = row.button("&Move to Scheduled", "Move the selected work order to its next step");
        resolve.addListener(SWT.Selection, e -> askResolve());
        moveOn.addListener(SWT.Selection, e -> moveOn());
    }

    void use(CaseService caseService) {
        service = caseService;
        update();
    }

    /** Turns each action on when it applies to the selection, and names the next step of the work order. */
    void update() {
        if (resolve.isDisposed()) {
            return;
        }
        ServiceCase c = selectedCase.get();
        WorkOrder w = selectedWorkOrder.get();
        Optional<WorkOrderStatus> next = w == null ? Optional.empty() : CaseBoard.next(w.status());
        resolve.setEnabled(service != null && c != null && c.status() == CaseStatus.ACTIVE);
        moveOn.setEnabled(service != null && next.isPresent());
        String label = "&Move to " + next.map(WorkOrderStatus::label).orElse("next step");
        if (!label.equals(moveOn.getText())) {
            moveOn.setText(label);
            moveOn.getParent().layout();
        }
        if (service == null) {
            status(CasesPart.CASES_OFF);
        } else if (CasesPart.CASES_OFF.equals(row.statusText())) {
            status("");
        }
    }

    private void askResolve() {
        ServiceCase c = selectedCase.get();
        CaseService cases = service;
        if (cases == null || c == null) {
            status(cases == null ? CasesPart.CASES_OFF : "Select a case first");
            return;
        }
        List<WorkOrder> open = board.get().openWorkOrdersOf(c.id());
        String openNote = open.isEmpty() ? "" : "\n\nStill open: " + open.stream().map(w -> w.id() + " " + w.type()
                + " (" + w.status().label() + ")").collect(Collectors.joining(", "))
                + ". Resolving the case does not close them.";
        InputDialog dialog = new InputDialog(resolve.getShell(), RESOLVE_TITLE, "How was case " + c.id() + " \""
                + c.title() + "\" on " + c.deviceId() + " resolved?" + openNote, "",
                text -> text.isBlank() ? "Type what was done, for example: fan replaced, readings normal again"
                        : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        String resolution = dialog.getValue().strip();
        status("Resolving case " + c.id() + "...");
        BackgroundWork.run("Resolving case " + c.id(), resolve, () -> cases.resolve(c.id(), resolution),
                done -> status("Case " + done.id() + " resolved: " + done.resolution()),
                failed -> failed("The case could not be resolved", failed));
    }

    private void moveOn() {
        WorkOrder w = selectedWorkOrder.get();
        CaseService cases = service;
        Optional<WorkOrderStatus> next = w == null ? Optional.empty() : CaseBoard.next(w.status());
        if (cases == null || next.isEmpty()) {
            status(cases == null ? CasesPart.CASES_OFF : "Select a work order that is not completed yet");
            return;
        }
        WorkOrderStatus to = next.get();
        status("Moving work order " + w.id() + " to " + to.label() + "...");
        BackgroundWork.run("Moving work order " + w.id(), moveOn, () -> cases.updateWorkOrder(w.id(), to),
                done -> status("Work order " + done.id() + " (" + done.type() + ") is " + done.status().label()),
                failed -> failed("The work order could not be moved on", failed));
    }

    private void failed(String what, Exception e) {
        String message = what + ": " + BackgroundWork.message(e);
        status(message);
        MessageDialog.openError(resolve.getShell(), what, message);
    }

    void status(String text) {
        row.status(text);
    }

    String statusText() {
        return row.statusText();
    }

    Button resolveButton() {
        return resolve;
    }

    Button moveOnButton() {
        return moveOn;
    }
}
