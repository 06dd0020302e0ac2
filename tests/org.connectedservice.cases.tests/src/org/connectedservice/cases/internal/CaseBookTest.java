package org.connectedservice.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.cases.CasePriority;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent turns an alert into a case and the case into work orders; all of it survives a restart. */
class CaseBookTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path workspace;

    static IotAlert alert(long id, String device, Severity severity) {
        return new IotAlert(id, "fault-" + id, NOW.minusSeconds(60), device, "thermostat-temperature-gt", 2,
                "AlarmTemp", "Temperature", 81.5, 80, severity, "Anomaly", AlertStatus.ACTIVE,
                "Temperature 81.50 above 80");
    }

    private CaseBook open() {
        return open(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private CaseBook open(Clock clock) {
        Map<String, String> assets = Map.of("thermostat-07", "Lobby HVAC");
        return new CaseBook(new CaseLog(workspace.resolve(CaseServiceComponent.FILE)), clock, assets::get);
    }

    @Test
    void anAlertBecomesOneCaseWithThePriorityOfItsSeverityAndTheDevicesAsset() {
        CaseBook book = open();
        List<ServiceRecord> heard = new ArrayList<>();
        book.subscribe(heard::add);
        ServiceCase opened = book.createCase(alert(7, "thermostat-07", Severity.CRITICAL), "Lobby too warm", "agent");

        assertEquals("CAS-01001", opened.id());
        assertEquals(CasePriority.HIGH, opened.priority());
        assertEquals("Lobby HVAC", opened.asset());
        assertEquals("fault-7", opened.faultToken());
        assertEquals(CaseStatus.ACTIVE, opened.status());
        assertEquals("agent", opened.createdBy());
        assertEquals(NOW, opened.created());
        assertSame(opened, book.createCase(alert(7, "thermostat-07", Severity.CRITICAL), "again", "other"),
                "a second case for the same alert must be the first one");
        assertEquals(List.of(opened), heard, "only the one case is announced");
        assertEquals(CasePriority.LOW, book.createCase(alert(8, "pump-01", Severity.LOW), "t", "a").priority());
        assertEquals("", book.caseOfAlert(8).orElseThrow().asset(), "a device without an asset gives the case none");
    }

    @Test
    void aCaseGetsWorkOrdersUntilItIsResolved() {
        CaseBook book = open();
        ServiceCase opened = book.createCase(alert(7, "thermostat-07", Severity.HIGH), "Lobby too warm", "agent");
        WorkOrder inspect = book.createWorkOrder(opened.id(), "Inspect", "Check the fan", "agent");
        WorkOrder repair = book.createWorkOrder(opened.id(), "Repair", "", "lead");

        assertEquals("WO-00001", inspect.id());
        assertEquals("WO-00002", repair.id());
        assertEquals("thermostat-07", inspect.deviceId());
        assertEquals(WorkOrderStatus.UNSCHEDULED, inspect.status());
        assertEquals(List.of(inspect, repair), book.workOrdersOf(opened.id()));
        assertEquals(WorkOrderStatus.SCHEDULED, book.updateWorkOrder(inspect.id(), WorkOrderStatus.SCHEDULED)
                .status());

        ServiceCase resolved = book.resolve(opened.id(), "Fan replaced");
        assertEquals(CaseStatus.RESOLVED, resolved.status());
        assertEquals("Fan replaced", resolved.resolution());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> book.createWorkOrder(opened.id(), "Inspect", "", "agent"));
        assertTrue(refused.getMessage().contains("is resolved"), refused.getMessage());
        assertEquals(2, book.workOrdersOf(opened.id()).size(), "a refused work order must not be recorded");
    }

    @Test
    void badInputIsRefusedWithWhatToDoAndNothingIsRecorded() {
        CaseBook book = open();
        IllegalArgumentException noTitle = assertThrows(IllegalArgumentException.class,
                () -> book.createCase(alert(1, "pump-01", Severity.LOW), "  ", "agent"));
        assertTrue(noTitle.getMessage().contains("needs a title"), noTitle.getMessage());
        IllegalArgumentException noCase = assertThrows(IllegalArgumentException.class,
                () -> book.createWorkOrder("CAS-09999", "Repair", "", "agent"));
        assertTrue(noCase.getMessage().contains("no case CAS-09999"), noCase.getMessage());
        ServiceCase opened = book.createCase(alert(1, "pump-01", Severity.LOW), "Noisy pump", "agent");
        assertThrows(IllegalArgumentException.class, () -> book.createWorkOrder(opened.id(), " ", "", "agent"));
        assertEquals("CAS-01001", opened.id(), "a refused case must not use up a number");
        assertEquals(List.of(), book.workOrdersOf(opened.id()));
    }

    @Test
    void everythingComesBackAfterARestartAndIdsGoOn() {
        CaseBook first = open();
        ServiceCase opened = first.createCase(alert(7, "thermostat-07", Severity.HIGH), "Lobby too warm", "agent");
        WorkOrder inspect = first.createWorkOrder(opened.id(), "Inspect", "Check the fan", "agent");
        first.resolve(opened.id(), "done");

        CaseBook second = open();
        ServiceCase reloaded = second.caseOfAlert(7).orElseThrow();
        assertEquals(CaseStatus.RESOLVED, reloaded.status(), "the last change of a case wins");
        assertEquals(opened.title(), reloaded.title());
        assertEquals(List.of(inspect), second.workOrdersOf(opened.id()));
        assertEquals("CAS-01002", second.createCase(alert(9, "pump-02", Severity.MEDIUM), "t", "a").id());
        assertEquals("WO-00002", second.createWorkOrder("CAS-01002", "Repair", "", "a").id());
        assertEquals(List.of(), second.problems());
    }

    @Test
    void theDevicesRecordsOfATimeRangeAreListedOldestFirst() {
        Instant[] now = { NOW };
        Clock moving = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        CaseBook book = open(moving);
        ServiceCase opened = book.createCase(alert(7, "thermostat-07", Severity.HIGH), "warm", "agent");
        now[0] = NOW.plusSeconds(30);
        WorkOrder inspect = book.createWorkOrder(opened.id(), "Inspect", "", "agent");
        now[0] = NOW.plusSeconds(90);
        book.createCase(alert(8, "pump-01", Severity.HIGH), "pump", "agent");

        assertEquals(List.of(opened, inspect), book.ofDevice("thermostat-07", NOW, NOW.plusSeconds(60)));
        assertEquals(List.of(inspect), book.ofDevice("thermostat-07", NOW.plusSeconds(1), NOW.plusSeconds(60)));
        assertEquals(List.of(), book.ofDevice("pump-01", NOW, NOW.plusSeconds(60)));
    }
}
