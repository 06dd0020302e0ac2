package org.connectedservice.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Comparison;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstantThresholdEvaluatorTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final ThresholdRule HOT = rule("thermostat-temperature-gt", 1, "Thermostat", "Temperature", 70.0);

    private final InstantThresholdEvaluator evaluator = new InstantThresholdEvaluator();

    @BeforeEach
    void rules() {
        evaluator.setRules(List.of(HOT));
    }

    @Test
    void raisesOnceWhenTheRuleStartsBeingBrokenAndClearsWithTheSameToken() {
        assertTrue(evaluator.evaluate(thermostat("t1", 1, 65.0)).isEmpty());

        List<Fault> raised = evaluator.evaluate(thermostat("t1", 2, 75.0));
        assertEquals(1, raised.size());
        Fault fault = raised.get(0);
        assertEquals(FaultKind.RAISED, fault.kind());
        assertEquals(Fault.tokenFor("t1", HOT.id(), 1, T0.plusSeconds(2)), fault.token());
        assertEquals("Temperature reading of 75.00 exceeded a threshold of 70.00", fault.description());
        assertEquals(75.0, fault.value());
        assertEquals(70.0, fault.threshold());
        assertEquals(Severity.HIGH, fault.severity());

        assertTrue(evaluator.evaluate(thermostat("t1", 3, 80.0)).isEmpty(), "no repeat while still broken");
        assertTrue(evaluator.evaluate(thermostat("t1", 4, 71.0)).isEmpty(), "no repeat while still broken");

        List<Fault> cleared = evaluator.evaluate(thermostat("t1", 5, 69.0));
        assertEquals(1, cleared.size());
        assertEquals(FaultKind.CLEARED, cleared.get(0).kind());
        assertEquals(fault.token(), cleared.get(0).token());
        assertEquals(69.0, cleared.get(0).value());
        assertTrue(evaluator.evaluate(thermostat("t1", 6, 60.0)).isEmpty());
    }

    @Test
    void aNewEpisodeGetsANewToken() {
        String first = evaluator.evaluate(thermostat("t1", 1, 75.0)).get(0).token();
        evaluator.evaluate(thermostat("t1", 2, 60.0));

        List<Fault> again = evaluator.evaluate(thermostat("t1", 3, 72.0));

        assertEquals(FaultKind.RAISED, again.get(0).kind());
        assertNotEquals(first, again.get(0).token());
    }

    @Test
    void rulesOnlyApplyToTheirDeviceTypeAndEachDeviceHasItsOwnEpisode() {
        assertTrue(evaluator.evaluate(reading("p1", "Pump", 1, "Temperature", 99.0)).isEmpty());
        assertTrue(evaluator.evaluate(reading("x1", null, 1, "Temperature", 99.0)).isEmpty());
        assertEquals(1, evaluator.evaluate(reading("t1", "thermostat", 1, "Temperature", 99.0)).size());

        List<Fault> other = evaluator.evaluate(thermostat("t2", 2, 90.0));

        assertEquals(1, other.size(), "t1 being broken does not hide t2's own fault");
        assertEquals("t2", other.get(0).deviceId());
        assertEquals("Thermostat", other.get(0).deviceType());
    }

    @Test
    void aReadingWithoutTheMeasurementNeitherRaisesNorClears() {
        evaluator.evaluate(thermostat("t1", 1, 75.0));

        assertTrue(evaluator.evaluate(reading("t1", "Thermostat", 2, "Humidity", 40.0)).isEmpty());
        assertTrue(evaluator.evaluate(thermostat("t1", 3, 76.0)).isEmpty(), "the episode is still open");
    }

    @Test
    void measurementNamesMatchWhateverTheirCapitalisation() {
        assertEquals(1, evaluator.evaluate(reading("t1", "Thermostat", 1, "temperature", 75.0)).size());
    }

    @Test
    void unchangedRulesKeepTheirOpenEpisodes() {
        evaluator.evaluate(thermostat("t1", 1, 75.0));

        evaluator.setRules(List.of(HOT, rule("thermostat-humidity-gt", 1, "Thermostat", "Humidity", 80.0)));

        assertTrue(evaluator.evaluate(thermostat("t1", 2, 76.0)).isEmpty());
    }

    @Test
    void aNewRuleVersionEndsTheOldEpisodeAndStartsItsOwn() {
        String oldToken = evaluator.evaluate(thermostat("t1", 1, 75.0)).get(0).token();

        evaluator.setRules(List.of(rule(HOT.id(), 2, "Thermostat", "Temperature", 72.0)));
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 2, 76.0));

        assertEquals(2, faults.size());
        assertEquals(FaultKind.CLEARED, faults.get(0).kind());
        assertEquals(oldToken, faults.get(0).token());
        assertEquals(FaultKind.RAISED, faults.get(1).kind());
        assertEquals(2, faults.get(1).ruleVersion());
        assertEquals(Fault.tokenFor("t1", HOT.id(), 2, T0.plusSeconds(2)), faults.get(1).token());
    }

    @Test
    void aRemovedRuleClearsItsAlertOnTheNextReading() {
        String token = evaluator.evaluate(thermostat("t1", 1, 75.0)).get(0).token();

        evaluator.setRules(List.of());
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 2, 76.0));

        assertEquals(1, faults.size());
        assertEquals(FaultKind.CLEARED, faults.get(0).kind());
        assertEquals(token, faults.get(0).token());
        assertTrue(evaluator.evaluate(thermostat("t1", 3, 76.0)).isEmpty());
    }

    @Test
    void twoRulesWithOneIdAreRefusedAndTheOldRulesStay() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> evaluator.setRules(List.of(HOT, rule(HOT.id(), 2, "Pump", "Pressure", 1.0))));

        assertTrue(error.getMessage().contains(HOT.id()), error.getMessage());
        assertEquals(List.of(HOT), evaluator.rules());
    }

    static ThresholdRule rule(String id, int version, String type, String measurement, double threshold) {
        return new ThresholdRule(id, version, type + " " + measurement + " high", type, measurement,
                Comparison.GREATER_THAN, threshold, Severity.HIGH, "Anomaly", ThresholdRule.DEFAULT_TEMPLATE);
    }

    static Reading reading(String device, String type, int second, String measurement, double value) {
        return new Reading(device, type, T0.plusSeconds(second), Map.of(measurement, value));
    }

    private static Reading thermostat(String device, int second, double temperature) {
        return reading(device, "Thermostat", second, "Temperature", temperature);
    }
}
