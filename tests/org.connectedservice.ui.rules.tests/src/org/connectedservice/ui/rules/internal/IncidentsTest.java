package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.junit.jupiter.api.Test;

class IncidentsTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private static IotAlert alert(String device, String rule, int minute, AlertStatus status) {
        return new IotAlert(minute, device + minute, T.plusSeconds(60L * minute), device, rule, 1, "AlarmTemp",
                "Temperature", 75, 70, Severity.HIGH, "Anomaly", status, "hot");
    }

    @Test
    void alertsOfTheRuleCloserThanTheFlapWindowMakeOneIncidentPerDevice() {
        List<LabelledIncident> incidents = Incidents.fromAlerts(List.of(
                alert("t3", "hot", 0, AlertStatus.CLEARED), alert("t3", "hot", 4, AlertStatus.CLEARED),
                alert("t3", "hot", 12, AlertStatus.CLEARED), alert("t5", "hot", 30, AlertStatus.ACTIVE),
                alert("t5", "hot", 45, AlertStatus.CLOSED), alert("t5", "cold", 31, AlertStatus.ACTIVE),
                alert("t6", "hot", 200, AlertStatus.ACTIVE)), "hot", T, T.plusSeconds(3600), TEN_MINUTES);

        assertEquals(List.of(
                new LabelledIncident("t3", "Temperature", T, T.plusSeconds(60 * 22)),
                new LabelledIncident("t5", "Temperature", T.plusSeconds(60 * 30), T.plusSeconds(60 * 40))),
                incidents, "t3's three alerts are one episode; closed, other rules' and out-of-range alerts are not");
    }

    @Test
    void aTypedIncidentNeedsADeviceAndTimesItCanRead() {
        LabelledIncident typed = Incidents.parse(" t5 ", "Temperature", "2026-11-20T10:30:00Z", "");
        assertEquals("t5", typed.deviceId());
        assertNull(typed.end(), "empty end: still going on");

        assertEquals("name the device the incident happened on, like thermostat-07", assertThrows(
                IllegalArgumentException.class, () -> Incidents.parse("", null, "2026-11-20 10:30", "")).getMessage());
        String wrong = assertThrows(IllegalArgumentException.class, () -> Incidents.parse("t5", null, "half past ten",
                "")).getMessage();
        assertTrue(wrong.startsWith("the start \"half past ten\" is not a time; type it like "), wrong);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Incidents.parse("t5", null,
                "2026-11-20T10:30:00Z", "2026-11-20T10:00:00Z")).getMessage().endsWith("swap the two times"));
    }
}
