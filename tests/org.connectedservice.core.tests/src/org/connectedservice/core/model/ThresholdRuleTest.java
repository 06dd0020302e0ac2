package org.connectedservice.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private final ThresholdRule hot = new ThresholdRule("thermostat-temperature-gt", 3, "AlarmTemp", "Thermostat",
            "Temperature", Comparison.GREATER_THAN, 70, Severity.HIGH, "Anomaly", ThresholdRule.DEFAULT_TEMPLATE);

    @Test
    void describesTheReadingAsTheConnectedFieldServiceSampleDoes() {
        assertEquals("Temperature reading of 72.40 exceeded a threshold of 70.00", hot.describe(72.4));
    }

    @Test
    void appliesToItsDeviceTypeOnly() {
        assertTrue(hot.appliesTo("thermostat"));
        assertFalse(hot.appliesTo("Pump"));
        assertFalse(hot.appliesTo(null));
    }

    @Test
    void comparisonsHoldAsTheirSymbolsSay() {
        assertTrue(hot.isBrokenBy(70.01));
        assertFalse(hot.isBrokenBy(70));
        assertTrue(Comparison.fromSymbol(">=").holds(70, 70));
        assertTrue(Comparison.fromSymbol("<").holds(1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.fromSymbol("=>"));
        assertTrue(e.getMessage().contains("use >, >=, < or <="), e.getMessage());
        assertEquals(Severity.CRITICAL, Severity.parse(" critical "));
    }

    @Test
    void faultTokenNamesTheEpisodeSoRetriesCollapse() {
        Instant start = Instant.parse("2026-11-26T10:00:00Z");
        String token = Fault.tokenFor("thermostat-01", hot.id(), hot.version(), start);
        assertEquals(token, Fault.tokenFor("thermostat-01", hot.id(), hot.version(), start));
        assertNotEquals(token, Fault.tokenFor("thermostat-01", hot.id(), 4, start));
        assertNotEquals(token, Fault.tokenFor("thermostat-01", hot.id(), hot.version(), start.plusSeconds(1)));
    }
}
