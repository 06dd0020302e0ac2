package org.connectedservice.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.junit.jupiter.api.Test;

/** The alert table's rows: newest first, a cleared alert replaces its active row, any column sorts. */
class AlertRowsTest {

    private static IotAlert alert(long id, String device, int secondsAfter, AlertStatus status, Severity severity) {
        return new IotAlert(id, "t" + id, Instant.parse("2026-11-26T10:00:00Z").plusSeconds(secondsAfter), device,
                "thermostat-temperature-gt", 1, "AlarmTemp", "Temperature", 71 + id, 70, severity, "Anomaly",
                status, "hot");
    }

    @Test
    void firstLoadShowsEvenAnEmptyTableThenOnlyChanges() {
        AlertRows rows = new AlertRows();
        assertNotNull(rows.takeIfChanged(), "the first refresh must replace the 'Loading alerts' state");
        assertNull(rows.takeIfChanged(), "nothing changed, nothing to redraw");
    }

    @Test
    void newestFirstAndAClearReplacesTheActiveRow() {
        AlertRows rows = new AlertRows();
        rows.merge(List.of(alert(1, "thermostat-01", 10, AlertStatus.ACTIVE, Severity.HIGH),
                alert(2, "thermostat-02", 20, AlertStatus.ACTIVE, Severity.LOW)));
        IotAlert[] shown = rows.takeIfChanged();
        assertEquals(List.of(2L, 1L), List.of(shown[0].id(), shown[1].id()));

        rows.merge(List.of(alert(1, "thermostat-01", 10, AlertStatus.CLEARED, Severity.HIGH)));
        shown = rows.takeIfChanged();
        assertEquals(2, shown.length, "a clear must not add a second row");
        assertEquals(AlertStatus.CLEARED, shown[1].status());
    }

    @Test
    void anyColumnSortsBothWays() {
        AlertRows rows = new AlertRows();
        rows.merge(List.of(alert(1, "pump-02", 10, AlertStatus.ACTIVE, Severity.LOW),
                alert(2, "pump-01", 20, AlertStatus.ACTIVE, Severity.CRITICAL),
                alert(3, "thermostat-09", 30, AlertStatus.ACTIVE, Severity.MEDIUM)));
        rows.sortBy(AlertColumn.DEVICE.comparator());
        IotAlert[] shown = rows.takeIfChanged();
        assertEquals("pump-01", shown[0].deviceId());
        assertEquals("thermostat-09", shown[2].deviceId());
        rows.sortBy(AlertColumn.SEVERITY.comparator().reversed());
        assertEquals(Severity.CRITICAL, rows.takeIfChanged()[0].severity());
        assertEquals("72.00", AlertColumn.READING.text(alert(1, "pump-02", 10, AlertStatus.ACTIVE, Severity.LOW)));
    }

    @Test
    void aSelectionFollowsItsAlertWhenNewerAlertsPushItDown() {
        AlertRows rows = new AlertRows();
        rows.merge(List.of(alert(1, "pump-01", 10, AlertStatus.ACTIVE, Severity.LOW),
                alert(2, "pump-02", 20, AlertStatus.ACTIVE, Severity.LOW)));
        IotAlert[] before = rows.takeIfChanged();
        assertEquals(1, before[1].id());
        rows.merge(List.of(alert(3, "pump-03", 30, AlertStatus.ACTIVE, Severity.LOW),
                alert(4, "pump-04", 40, AlertStatus.ACTIVE, Severity.LOW)));
        IotAlert[] after = rows.takeIfChanged();
        assertArrayEquals(new int[] { 3 }, AlertRows.indicesOf(after, Set.of(before[1].id())),
                "the selected alert moved from row 1 to row 3");
        assertArrayEquals(new int[0], AlertRows.indicesOf(after, Set.of()));
    }
}
