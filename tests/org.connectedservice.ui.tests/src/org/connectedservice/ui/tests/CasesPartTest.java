package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.ui.alerts.CasesPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/**
 * An agent follows a case through in the Cases tab: the work order moves Scheduled, In Progress, Completed with one
 * button, and the case is resolved with a note; the tables, the buttons and the case service agree at every step.
 */
class CasesPartTest {

    private static final String CASES = "org.connectedservice.ui.alerts.part.cases";
    private static final String DEVICE = "pump-03";

    @Test
    void aWorkOrderIsMovedToCompletedAndItsCaseResolvedWithANote() throws Exception {
        Workbench workbench = new Workbench();
        CaseService cases = workbench.service(CaseService.class);
        Instant now = Instant.now();
        IotAlert alert = workbench.service(AlertStore.class).record(new Fault(Fault.tokenFor(DEVICE, "cases-ui", 1,
                now), FaultKind.RAISED, DEVICE, "Pump", "cases-ui", 1, "Pressure too high", "Pressure", 9.1, 8,
                Severity.HIGH, "Test", now, "cases-ui", now));
        ServiceCase opened = cases.createCase(alert, DEVICE + " pressure too high", "tester");
        WorkOrder order = cases.createWorkOrder(opened.id(), "Repair", "Replace the seal", "tester");

        EPartService parts = workbench.mainWindow().getContext().get(EPartService.class);
        parts.showPart(CASES, PartState.ACTIVATE);
        CasesPart part = workbench.part(CASES, CasesPart.class);
        workbench.waitUntil(Duration.ofSeconds(10), () -> part.select(opened.id()),
                "the case never showed in the table");
        Table orders = part.workOrderTable();
        workbench.waitUntil(Duration.ofSeconds(5), () -> orders.getItemCount() == 1 && orders.getSelectionCount() == 1,
                "the case's one work order is not listed and selected");
        assertEquals(order.id(), orders.getItem(0).getText(0));
        assertTrue(part.resolveButton().isEnabled(), "Resolve case... is off for an active case");

        for (WorkOrderStatus step : new WorkOrderStatus[] { WorkOrderStatus.SCHEDULED, WorkOrderStatus.IN_PROGRESS,
                WorkOrderStatus.COMPLETED }) {
            assertEquals("&Move to " + step.label(), part.moveOnButton().getText());
            assertTrue(part.moveOnButton().isEnabled(), "Move to " + step.label() + " is off");
            part.moveOnButton().notifyListeners(SWT.Selection, new Event());
            workbench.waitUntil(Duration.ofSeconds(10), () -> orders.getItemCount() == 1
                    && step.label().equals(orders.getItem(0).getText(2)), "the table never showed " + step.label()
                            + ": " + part.statusText());
            assertEquals(step, cases.workOrdersOf(opened.id()).get(0).status(), "the service disagrees with the table");
        }
        assertFalse(part.moveOnButton().isEnabled(), "a completed work order cannot move on");
        workbench.waitUntil(Duration.ofSeconds(5), () -> part.statusText().equals("Work order " + order.id()
                + " (Repair) is Completed"), "the status line never said the work order is completed: "
                        + part.statusText());

        String[] asked = new String[1];
        AtomicReference<Throwable> dialog = workbench.answer("Resolve case", shell -> {
            Label question = Workbench.find(shell, Label.class, l -> l.getText().startsWith("How was case"));
            assertNotNull(question, "the dialog does not ask how the case was resolved");
            asked[0] = question.getText();
            Workbench.find(shell, Text.class, t -> true).setText("Seal replaced, pressure normal again");
        });
        part.resolveButton().notifyListeners(SWT.Selection, new Event());
        assertNull(dialog.get(), "the Resolve case dialog could not be filled in");
        assertTrue(asked[0].contains(opened.id()) && asked[0].contains(DEVICE) && !asked[0].contains("Still open"),
                "the question should name case and device, and no open work order: " + asked[0]);
        // waits without selecting: a selection redraws the tables, and events keep the queued updates waiting
        workbench.waitFor(Duration.ofSeconds(10), () -> "Resolved".equals(cell(part.caseTable(), opened.id(), 4))
                ? Boolean.TRUE : null, () -> "the case row never read Resolved; the status line says \""
                        + part.statusText() + "\", the service has the case " + cases.find(opened.id())
                                .map(c -> c.status().label()).orElse("nowhere"));
        ServiceCase resolved = cases.find(opened.id()).orElseThrow();
        assertEquals(CaseStatus.RESOLVED, resolved.status());
        assertEquals("Seal replaced, pressure normal again", resolved.resolution());
        assertEquals(resolved.resolution(), cell(part.caseTable(), opened.id(), 7));
        assertFalse(part.resolveButton().isEnabled(), "a resolved case cannot be resolved again");
        assertTrue(part.summaryText().matches("\\d+ cases?, \\d+ active; \\d+ of \\d+ work orders? open"),
                part.summaryText());
        workbench.screenshot("cases-resolved");
    }

    private static String cell(Table table, String id, int column) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(id)) {
                return item.getText(column);
            }
        }
        return null;
    }
}
