package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/** The engine must keep 10,000 devices × 1,000 rules in memory: at most 200 bytes per device and rule. */
class StateSizeTest {

    private static final int DEVICES = 2000;
    private static final int RULES = 100;

    @Test
    void instantRulesStayWellUnderTheBudget() {
        assertUnderBudget(i -> rule("r" + i).above(1000 + i).build());
    }

    @Test
    void tumblingAveragesStayUnderTheBudget() {
        assertUnderBudget(i -> rule("r" + i).above(1000 + i)
                .window(Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10))).build());
    }

    @Test
    void sustainHysteresisAndSuppressionStayUnderTheBudget() {
        assertUnderBudget(i -> rule("r" + i).above(1000 + i).clearAt(900).sustain(30).suppress(60).build());
    }

    private static void assertUnderBudget(IntFunction<ThresholdRule> ruleNumber) {
        List<ThresholdRule> rules = new ArrayList<>();
        for (int i = 0; i < RULES; i++) {
            rules.add(ruleNumber.apply(i));
        }
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(rules);
        for (int second = 0; second < 3; second++) {
            for (int d = 0; d < DEVICES; d++) {
                evaluator.evaluate(thermostat("t" + d, second * 10, 20));
            }
        }
        double perPair = evaluator.stateBytes() / (double) (DEVICES * RULES);
        System.out.printf("%s: %.1f bytes per device × rule%n", rules.get(0).aggregation().function(), perPair);
        assertTrue(perPair <= 200, perPair + " bytes per device × rule");
    }
}
