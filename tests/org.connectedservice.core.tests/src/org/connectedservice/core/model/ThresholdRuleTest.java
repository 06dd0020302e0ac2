package org.connectedservice.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private final ThresholdRule hot = ThresholdRule.greaterThan("thermostat-temperature-gt", 3, "AlarmTemp",
            "Thermostat", "Temperature", 70, Severity.HIGH);

    @Test
    void describesTheReadingAsTheConnectedFieldServiceSampleDoes() {
        assertEquals("Temperature reading of 72.40 exceeded a threshold of 70.00", hot.describe(72.4));
    }

    @Test
    void scopesMatchByTypeDeviceListOrAsset() {
        RuleScope devices = new RuleScope(RuleScope.Kind.DEVICES, java.util.List.of("pump-01", "pump-02"));
        assertTrue(devices.matches("PUMP-02", "Pump", null));
        assertFalse(devices.matches("pump-03", "Pump", "Building A"));
        RuleScope asset = new RuleScope(RuleScope.Kind.ASSET, java.util.List.of("Building A"));
        assertTrue(asset.matches("pump-03", "Pump", "Building A"));
        assertFalse(asset.matches("pump-03", "Pump", null));
    }

    @Test
    void aggregationsCheckTheirWindows() {
        assertEquals(Aggregation.tumbling(Aggregation.Function.AVG, java.time.Duration.ofSeconds(10)).hop(),
                java.time.Duration.ofSeconds(10));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.hopping(Aggregation.Function.MAX,
                java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(20)));
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
        assertTrue(Condition.of(ConditionKind.fromSymbol(">="), 70).isBrokenBy(70));
        assertTrue(Condition.of(ConditionKind.fromSymbol("<"), 2).isBrokenBy(1));
        assertTrue(Condition.band(ConditionKind.OUTSIDE_BAND, 2, 8).isBrokenBy(8.5));
        assertFalse(Condition.band(ConditionKind.OUTSIDE_BAND, 2, 8).isBrokenBy(8));
        assertTrue(Condition.band(ConditionKind.INSIDE_BAND, 2, 8).isBrokenBy(5));
        assertTrue(Condition.of(ConditionKind.RATE_OF_CHANGE, 3).isBrokenBy(-4), "a falling rate counts too");
        assertEquals("outside 2..8", Condition.band(ConditionKind.OUTSIDE_BAND, 2, 8).text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConditionKind.fromSymbol("=>"));
        assertTrue(e.getMessage().contains("use >, >=, <, <="), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Condition.band(ConditionKind.INSIDE_BAND, 8, 2));
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
