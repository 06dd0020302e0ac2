package org.connectedservice.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.connectedservice.core.cases.CasePriority;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.junit.jupiter.api.Test;

/** The Case column names the alert's case and the case's work orders, and follows their changes. */
class CaseIndexTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static ServiceCase opened(String id, long alertId) {
        return new ServiceCase(id, "Lobby too warm", alertId, "fault-" + alertId, "thermostat-07", "Lobby HVAC",
                CasePriority.HIGH, CaseStatus.ACTIVE, AT, "agent", null, "");
    }

    private static WorkOrder order(String id, String caseId, String type) {
        return new WorkOrder(id, caseId, "thermostat-07", type, "", WorkOrderStatus.UNSCHEDULED, AT, "agent");
    }

    @Test
    void anAlertShowsItsCaseAndTheCasesWorkOrdersInIdOrder() {
        CaseIndex index = new CaseIndex();
        assertEquals("", index.text(7), "an alert without a case shows nothing");
        index.put(opened("CAS-01001", 7));
        assertEquals("CAS-01001", index.text(7));
        index.put(order("WO-00002", "CAS-01001", "Repair"));
        index.put(order("WO-00001", "CAS-01001", "Inspect"));
        index.put(order("WO-00003", "CAS-01002", "Inspect"));
        assertEquals("CAS-01001: WO-00001 Inspect, WO-00002 Repair", index.text(7));
        assertEquals("", index.text(8));
    }

    @Test
    void aResolvedCaseSaysSoAndTakesNoMoreWorkOrders() {
        CaseIndex index = new CaseIndex();
        ServiceCase opened = opened("CAS-01001", 7);
        index.put(opened);
        index.put(order("WO-00001", "CAS-01001", "Inspect"));
        index.put(opened.resolvedAt(AT.plusSeconds(60), "fan replaced"));
        assertEquals("CAS-01001 Resolved: WO-00001 Inspect", index.text(7));
        assertTrue(index.caseOf(7).orElseThrow().status() == CaseStatus.RESOLVED);
        assertEquals(1, index.workOrdersOf("CAS-01001").size());
    }
}
