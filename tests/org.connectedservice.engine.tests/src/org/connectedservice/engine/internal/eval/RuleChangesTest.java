package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.ConditionKindsTest.single;
import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/** What happens to open alerts, windows and sustain runs when the rules change. */
class RuleChangesTest {

    private static final ThresholdRule HOT = rule("hot").above(70).build();
    private static final ThresholdRule HUMID = rule("humid").on("Humidity").above(80).build();

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void unchangedRulesKeepTheirOpenAlerts() {
        evaluator.setRules(List.of(HOT));
        String token = single(evaluator.evaluate(thermostat("t1", 1, 75))).token();

        evaluator.setRules(List.of(HUMID, HOT));

        assertTrue(evaluator.evaluate(thermostat("t1", 2, 76)).isEmpty(), "not raised a second time");
        Fault cleared = single(evaluator.evaluate(thermostat("t1", 3, 60)));
        assertEquals(token, cleared.token());
    }

    @Test
    void unchangedRulesKeepTheirWindowsAndSustainRuns() {
        ThresholdRule avg = rule("avg").above(70)
                .window(Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10))).build();
        ThresholdRule sustained = rule("sustained").above(70).sustain(20).build();
        evaluator.setRules(List.of(avg, sustained));
        evaluator.evaluate(thermostat("t1", 0, 100));

        evaluator.setRules(List.of(avg, sustained, HUMID));
        evaluator.evaluate(thermostat("t1", 5, 72));
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 20, 72));

        assertEquals(List.of("avg", "sustained"), faults.stream().map(Fault::ruleId).toList());
        assertEquals(86.0, faults.get(0).value(), "the window kept the reading from before the change");
        assertEquals(at(0), faults.get(1).windowStart(), "the sustain run kept its start");
    }

    @Test
    void aNewRuleVersionEndsTheOldAlertAndStartsItsOwn() {
        evaluator.setRules(List.of(HOT));
        String oldToken = single(evaluator.evaluate(thermostat("t1", 1, 75))).token();

        evaluator.setRules(List.of(rule("hot").version(2).above(72).build()));
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 2, 76));

        assertEquals(2, faults.size());
        assertEquals(FaultKind.CLEARED, faults.get(0).kind());
        assertEquals(oldToken, faults.get(0).token());
        assertEquals(1, faults.get(0).ruleVersion());
        assertTrue(faults.get(0).description().contains("changed or removed"), faults.get(0).description());
        assertEquals(FaultKind.RAISED, faults.get(1).kind());
        assertEquals(Fault.tokenFor("t1", "hot", 2, at(2)), faults.get(1).token());
    }

    @Test
    void aRemovedRuleClearsItsAlertsWithTheNextClockTick() {
        evaluator.setRules(List.of(HOT));
        String token = single(evaluator.evaluate(thermostat("t1", 1, 75))).token();
        evaluator.evaluate(thermostat("t1", 5, 80));

        evaluator.setRules(List.of());
        Fault cleared = single(evaluator.advanceTo(at(6)));

        assertEquals(token, cleared.token());
        assertEquals(FaultKind.CLEARED, cleared.kind());
        assertEquals(at(5), cleared.time(), "cleared at the latest time the evaluator had seen");
        assertTrue(evaluator.evaluate(thermostat("t1", 7, 76)).isEmpty());
        assertTrue(evaluator.advanceTo(at(8)).isEmpty(), "cleared once only");
    }

    @Test
    void aRuleWithTheSameIdAndVersionButOtherContentStartsAfresh() {
        evaluator.setRules(List.of(HOT));
        evaluator.evaluate(thermostat("t1", 1, 75));

        evaluator.setRules(List.of(HOT.withThreshold(74)));
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 2, 76));

        assertEquals(List.of(FaultKind.CLEARED, FaultKind.RAISED), faults.stream().map(Fault::kind).toList());
    }

    @Test
    void twoRulesWithOneIdAreRefusedAndTheOldRulesStay() {
        evaluator.setRules(List.of(HOT));

        var error = assertThrows(IllegalArgumentException.class,
                () -> evaluator.setRules(List.of(HOT, rule("hot").version(2).on("Pressure").above(1).build())));

        assertTrue(error.getMessage().contains("'hot'"), error.getMessage());
        assertEquals(List.of(HOT), evaluator.rules());
        assertEquals(1, evaluator.evaluate(thermostat("t1", 1, 75)).size());
    }

    @Test
    void aRuleTheEngineCannotRunIsRefusedWithItsName() {
        ThresholdRule fine = rule("fine").above(70)
                .window(Aggregation.hopping(Aggregation.Function.AVG, Duration.ofHours(1), Duration.ofMillis(7)))
                .build();

        var error = assertThrows(IllegalArgumentException.class, () -> evaluator.setRules(List.of(HOT, fine)));

        assertTrue(error.getMessage().startsWith("rule 'fine' cannot be used"), error.getMessage());
        assertTrue(error.getMessage().contains("hop"), error.getMessage());
        assertEquals(List.of(), evaluator.rules());
    }
}
