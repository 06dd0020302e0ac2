package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class ConditionKindsTest {

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void anEpisodeRaisesOnceAndClearsOnceWithTheSameToken() {
        ThresholdRule hot = rule("hot").above(70).build();
        evaluator.setRules(List.of(hot));

        assertTrue(evaluator.evaluate(thermostat("t1", 1, 65)).isEmpty());
        Fault raised = single(evaluator.evaluate(thermostat("t1", 2, 75)));
        assertTrue(evaluator.evaluate(thermostat("t1", 3, 80)).isEmpty(), "no repeat while still broken");
        Fault cleared = single(evaluator.evaluate(thermostat("t1", 4, 69)));
        assertTrue(evaluator.evaluate(thermostat("t1", 5, 60)).isEmpty());

        assertEquals(FaultKind.RAISED, raised.kind());
        assertEquals(Fault.tokenFor("t1", "hot", 1, at(2)), raised.token());
        assertEquals(at(2), raised.windowStart(), "an instant rule's window starts at the raising reading");
        assertEquals(at(2), raised.time());
        assertEquals("Temperature reading of 75.00 exceeded a threshold of 70.00", raised.description());
        assertEquals(75.0, raised.value());
        assertEquals(70.0, raised.threshold());
        assertEquals(Severity.HIGH, raised.severity());
        assertEquals("Anomaly", raised.alertType());
        assertEquals("Thermostat", raised.deviceType());
        assertEquals(FaultKind.CLEARED, cleared.kind());
        assertEquals(raised.token(), cleared.token());
        assertEquals(at(2), cleared.windowStart());
        assertEquals(69.0, cleared.value());
        assertEquals(at(4), cleared.time());
    }

    @Test
    void aNewEpisodeGetsANewToken() {
        evaluator.setRules(List.of(rule("hot").above(70).build()));
        String first = single(evaluator.evaluate(thermostat("t1", 1, 75))).token();
        evaluator.evaluate(thermostat("t1", 2, 60));

        Fault again = single(evaluator.evaluate(thermostat("t1", 3, 72)));

        assertEquals(FaultKind.RAISED, again.kind());
        assertNotEquals(first, again.token());
    }

    @Test
    void greaterThanAndGreaterOrEqualDifferOnlyAtTheThreshold() {
        assertEquals("-__R", trace(rule("gt").when(ConditionKind.GREATER_THAN, 70).build(), 69, 70, 70, 71));
        assertEquals("-R__", trace(rule("ge").when(ConditionKind.GREATER_OR_EQUAL, 70).build(), 69, 70, 70, 71));
    }

    @Test
    void lessThanAndLessOrEqualDifferOnlyAtTheThreshold() {
        assertEquals("-__R", trace(rule("lt").when(ConditionKind.LESS_THAN, 10).build(), 11, 10, 10, 9));
        assertEquals("-R__", trace(rule("le").when(ConditionKind.LESS_OR_EQUAL, 10).build(), 11, 10, 10, 9));
        assertEquals("RC", trace(rule("le2").when(ConditionKind.LESS_OR_EQUAL, 10).build(), 5, 10.5));
    }

    @Test
    void outsideABandBreaksOnEitherSideAndClearsBackInside() {
        ThresholdRule band = rule("band").band(ConditionKind.OUTSIDE_BAND, 2, 8).build();
        assertEquals("-R_C_R_C_", trace(band, 5, 9, 10, 8, 2, 1.9, 0, 2, 5));
    }

    @Test
    void insideABandBreaksWithinItsEdges() {
        ThresholdRule band = rule("band").band(ConditionKind.INSIDE_BAND, 2, 8).build();
        assertEquals("-R__C_R", trace(band, 1, 2, 5, 8, 8.1, 9, 7));
    }

    @Test
    void rateOfChangeIsMeasuredPerMinuteInEitherDirection() {
        evaluator.setRules(List.of(rule("rate").when(ConditionKind.RATE_OF_CHANGE, 6).build()));

        assertTrue(evaluator.evaluate(thermostat("t1", 0, 20)).isEmpty(), "one reading has no rate yet");
        assertTrue(evaluator.evaluate(thermostat("t1", 10, 21)).isEmpty(), "1 in 10 s is 6 per minute, not faster");
        Fault raised = single(evaluator.evaluate(thermostat("t1", 20, 22.5)));
        Fault cleared = single(evaluator.evaluate(thermostat("t1", 80, 22.5)));
        Fault fall = single(evaluator.evaluate(thermostat("t1", 90, 20)));

        assertEquals(9.0, raised.value(), 1e-9, "1.5 in 10 s is 9 per minute");
        assertEquals(6.0, raised.threshold());
        assertEquals(FaultKind.CLEARED, cleared.kind());
        assertEquals(0.0, cleared.value(), 1e-9);
        assertEquals(FaultKind.RAISED, fall.kind());
        assertEquals(-15.0, fall.value(), 1e-9, "a fall counts as much as a rise");
    }

    @Test
    void aReadingWithoutTheMeasurementNeitherRaisesNorClears() {
        evaluator.setRules(List.of(rule("hot").above(70).build()));
        evaluator.evaluate(thermostat("t1", 1, 75));

        assertTrue(evaluator.evaluate(RuleBuilder.reading("t1", "Thermostat", 2, "Humidity", 40)).isEmpty());
        assertTrue(evaluator.evaluate(thermostat("t1", 3, 76)).isEmpty(), "the episode is still open");
    }

    @Test
    void measurementNamesMatchWhateverTheirCapitalisation() {
        evaluator.setRules(List.of(rule("hot").above(70).build()));

        assertEquals(1, evaluator.evaluate(RuleBuilder.reading("t1", "Thermostat", 1, "temperature", 75)).size());
        assertEquals(1, evaluator.evaluate(RuleBuilder.reading("t1", "Thermostat", 2, "TEMPERATURE", 60)).size());
    }

    @Test
    void valuesThatAreNotNumbersAreSkipped() {
        evaluator.setRules(List.of(rule("hot").above(70).build()));

        assertTrue(evaluator.evaluate(thermostat("t1", 1, Double.NaN)).isEmpty());
        assertTrue(evaluator.evaluate(thermostat("t1", 2, Double.POSITIVE_INFINITY)).isEmpty());
    }

    /** One letter per reading: R raised, C cleared, _ nothing, - nothing on the first reading. */
    private String trace(ThresholdRule rule, double... values) {
        RuleEvaluator fresh = new RuleEvaluator();
        fresh.setRules(List.of(rule));
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            List<Fault> faults = fresh.evaluate(thermostat("t1", i, values[i]));
            if (faults.size() > 1) {
                throw new AssertionError("more than one fault for one reading: " + faults);
            }
            letters.append(faults.isEmpty() ? (i == 0 ? "-" : "_")
                    : faults.get(0).kind() == FaultKind.RAISED ? "R" : "C");
        }
        return letters.toString();
    }

    static Fault single(List<Fault> faults) {
        assertEquals(1, faults.size(), () -> "expected one fault, got " + faults);
        return faults.get(0);
    }
}
