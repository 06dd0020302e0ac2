package org.connectedservice.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.cases.CasePriority;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.junit.jupiter.api.Test;

/** The Cases part's summary, open work orders and the step a work order moves on to. */
class CaseBoardTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static ServiceCase serviceCase(String id, CaseStatus status) {
        return new ServiceCase(id, "Lobby too warm", 7, "fault-7", "thermostat-07", "Lobby HVAC", CasePriority.HIGH,
                status, AT, "agent", status == CaseStatus.RESOLVED ? AT : null, "");
    }

    private static WorkOrder order(String id, String caseId, WorkOrderStatus status) {
        return new WorkOrder(id, caseId, "thermostat-07", "Repair", "Replace the fan", status, AT, "agent");
    }

    @Test
    void theSummaryCountsActiveCasesAndOpenWorkOrders() {
        CaseBoard board = new CaseBoard(List.of(serviceCase("CAS-01002", CaseStatus.ACTIVE),
                serviceCase("CAS-01001", CaseStatus.RESOLVED)),
                Map.of("CAS-01002", List.of(order("WO-00002", "CAS-01002", WorkOrderStatus.SCHEDULED)),
                        "CAS-01001", List.of(order("WO-00001", "CAS-01001", WorkOrderStatus.COMPLETED))));
        assertEquals("2 cases, 1 active; 1 of 2 work orders open", board.summary());
        assertEquals(List.of("WO-00002"), board.openWorkOrdersOf("CAS-01002").stream().map(WorkOrder::id).toList());
        assertEquals(List.of(), board.openWorkOrdersOf("CAS-01001"), "a completed work order is not open");
        assertEquals(List.of(), board.workOrdersOf("CAS-09999"), "an unknown case has no work orders");
        assertEquals("0 cases, 0 active; 0 of 0 work orders open", CaseBoard.EMPTY.summary());
    }

    @Test
    void aWorkOrderMovesOnOneStepAtATimeUntilCompleted() {
        assertEquals(Optional.of(WorkOrderStatus.SCHEDULED), CaseBoard.next(WorkOrderStatus.UNSCHEDULED));
        assertEquals(Optional.of(WorkOrderStatus.IN_PROGRESS), CaseBoard.next(WorkOrderStatus.SCHEDULED));
        assertEquals(Optional.of(WorkOrderStatus.COMPLETED), CaseBoard.next(WorkOrderStatus.IN_PROGRESS));
        assertEquals(Optional.empty(), CaseBoard.next(WorkOrderStatus.COMPLETED));
    }

    @Test
    void cellsFollowTheColumns() {
        ServiceCase resolved = serviceCase("CAS-01001", CaseStatus.ACTIVE).resolvedAt(AT, "fan replaced");
        String[] cells = CaseBoard.cells(resolved);
        assertEquals(CaseBoard.CASE_COLUMNS.length, cells.length);
        assertEquals(List.of("CAS-01001", "thermostat-07", "Lobby too warm", "High", "Resolved"),
                List.of(cells).subList(0, 5));
        assertEquals("fan replaced", cells[7]);
        String[] orderCells = CaseBoard.cells(order("WO-00001", "CAS-01001", WorkOrderStatus.IN_PROGRESS));
        assertEquals(CaseBoard.WORK_ORDER_COLUMNS.length, orderCells.length);
        assertEquals(List.of("WO-00001", "Repair", "In Progress", "Replace the fan"), List.of(orderCells).subList(0, 4));
    }
}
