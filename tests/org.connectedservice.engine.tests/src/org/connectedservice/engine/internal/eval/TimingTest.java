package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.ConditionKindsTest.single;
import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/** Sustain, hysteresis and suppression: when a broken rule may raise, and when it may clear. */
class TimingTest {

    @Test
    void aSustainedRuleRaisesOnlyOnceTheConditionHeldLongEnough() {
        RuleEvaluator evaluator = evaluator(rule("hot").above(70).sustain(30).build());

        assertEquals("____R_C", trace(evaluator, 0, 75, 10, 75, 20, 75, 29, 75, 30, 75, 40, 80, 50, 60));
        assertTrue(evaluator.evaluate(thermostat("t2", 0, 75)).isEmpty());
        Fault raised = single(evaluator.evaluate(thermostat("t2", 30, 75)));
        assertEquals(at(0), raised.windowStart(), "the evidence began with the first breaking reading");
        assertEquals(at(30), raised.time());
    }

    @Test
    void aBreakThatDoesNotLastStartsTheSustainAgain() {
        RuleEvaluator evaluator = evaluator(rule("hot").above(70).sustain(30).build());

        assertEquals("_____R", trace(evaluator, 0, 75, 20, 75, 25, 60, 30, 75, 50, 75, 60, 75));
    }

    @Test
    void aWindowCountsTowardsTheSustainTime() {
        RuleEvaluator evaluator = evaluator(rule("avg").above(70).sustain(20)
                .window(Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10))).build());

        assertTrue(evaluator.evaluate(thermostat("t1", 0, 80)).isEmpty());
        assertTrue(evaluator.evaluate(thermostat("t1", 10, 80)).isEmpty(), "[0, 10) broke it for 10 s only");
        Fault raised = single(evaluator.evaluate(thermostat("t1", 20, 80)));

        assertEquals(at(0), raised.windowStart());
        assertEquals(at(20), raised.time());
    }

    @Test
    void withHysteresisTheAlertClearsOnlyBackPastTheClearThreshold() {
        assertEquals("R___C_R", trace(evaluator(rule("hot").above(70).clearAt(65).build()),
                0, 75, 1, 68, 2, 72, 3, 66, 4, 65, 5, 68, 6, 71));
        assertEquals("R_C", trace(evaluator(rule("cold").when(ConditionKind.LESS_THAN, 10).clearAt(15).build()),
                0, 5, 1, 12, 2, 15));
        assertEquals("R_C", trace(evaluator(rule("low").when(ConditionKind.LESS_OR_EQUAL, 10).clearAt(15).build()),
                0, 5, 1, 15, 2, 15.5));
    }

    @Test
    void forABandTheClearThresholdIsAMarginInsideIt() {
        assertEquals("R__C", trace(evaluator(rule("band").band(ConditionKind.OUTSIDE_BAND, 2, 8).clearAt(1).build()),
                0, 9, 1, 7.5, 2, 2.5, 3, 7));
    }

    @Test
    void hysteresisHoldsAnAggregateAlertToo() {
        RuleEvaluator evaluator = evaluator(rule("avg").above(70).clearAt(60)
                .window(Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10))).build());

        assertEquals("__R__C", trace(evaluator, 0, 80, 5, 80, 10, 65, 20, 59, 25, 59, 30, 59));
    }

    @Test
    void aRepeatWithinTheSuppressionTimeIsNotRaised() {
        RuleEvaluator evaluator = evaluator(rule("hot").above(70).suppress(60).build());

        assertEquals("RC____R", trace(evaluator, 0, 75, 10, 60, 20, 75, 30, 60, 40, 75, 59, 75, 70, 75));
    }

    @Test
    void aBreakThatOutlastsTheSuppressionIsRaisedWithItsOwnStart() {
        RuleEvaluator evaluator = evaluator(rule("hot").above(70).suppress(60).build());
        evaluator.evaluate(thermostat("t1", 0, 75));
        evaluator.evaluate(thermostat("t1", 10, 60));

        assertTrue(evaluator.evaluate(thermostat("t1", 20, 75)).isEmpty());
        assertTrue(evaluator.evaluate(thermostat("t1", 30, 76)).isEmpty());
        Fault raised = single(evaluator.evaluate(thermostat("t1", 60, 77)));

        assertEquals(FaultKind.RAISED, raised.kind());
        assertEquals(at(20), raised.windowStart());
        assertEquals(at(60), raised.time());
    }

    @Test
    void suppressionIsPerDevice() {
        RuleEvaluator evaluator = evaluator(rule("hot").above(70).suppress(60).build());
        evaluator.evaluate(thermostat("t1", 0, 75));
        evaluator.evaluate(thermostat("t1", 1, 60));

        assertEquals(1, evaluator.evaluate(thermostat("t2", 2, 75)).size());
    }

    static RuleEvaluator evaluator(ThresholdRule rule) {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(List.of(rule));
        return evaluator;
    }

    /** One letter per reading of device t1: R raised, C cleared, _ nothing. */
    static String trace(RuleEvaluator evaluator, double... secondValuePairs) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < secondValuePairs.length; i += 2) {
            List<Fault> faults = evaluator.evaluate(thermostat("t1", secondValuePairs[i], secondValuePairs[i + 1]));
            if (faults.size() > 1) {
                throw new AssertionError("more than one fault for one reading: " + faults);
            }
            letters.append(faults.isEmpty() ? "_" : faults.get(0).kind() == FaultKind.RAISED ? "R" : "C");
        }
        return letters.toString();
    }
}
