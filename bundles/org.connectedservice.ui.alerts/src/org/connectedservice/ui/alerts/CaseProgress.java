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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

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
    private final Label status;
    private volatile CaseService service;

    CaseProgress(Composite parent, Supplier<ServiceCase> selectedCase, Supplier<WorkOrder> selectedWorkOrder,
            Supplier<CaseBoard> board) {
        this.selectedCase = selectedCase;
        this.selectedWorkOrder = selectedWorkOrder;
        this.board = board;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        resolve = new Button(row, SWT.PUSH);
        resolve.setText("&Resolve case...");
        resolve.setToolTipText("Close the selected case with a note on how it was resolved");
        moveOn = new Button(row, SWT.PUSH);
        moveOn.setText("&Move to Scheduled");
        moveOn.setToolTipText("Move the selected work order to its next step");
        status = new Label(row, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
        } else if (CasesPart.CASES_OFF.equals(status.getText())) {
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

    private void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            status.getParent().layout();
        }
    }

    String statusText() {
        return status.getText();
    }

    Button resolveButton() {
        return resolve;
    }

    Button moveOnButton() {
        return moveOn;
    }
}
