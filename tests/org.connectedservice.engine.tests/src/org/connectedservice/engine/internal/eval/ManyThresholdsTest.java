package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of plain thresholds on one measurement are looked up by value rather than one by one; whatever the
 * values do, every rule must still raise and clear exactly when its own condition says.
 */
class ManyThresholdsTest {

    private static final ConditionKind[] KINDS = { ConditionKind.GREATER_THAN, ConditionKind.GREATER_OR_EQUAL,
            ConditionKind.LESS_THAN, ConditionKind.LESS_OR_EQUAL };

    @Test
    void everyRuleRaisesAndClearsExactlyWhenItsConditionChanges() {
        Random random = new Random(7);
        List<ThresholdRule> rules = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rules.add(rule("r" + i).when(KINDS[i % 4], random.nextInt(40) + 40).build());
        }
        rules.add(rule("rate").when(ConditionKind.RATE_OF_CHANGE, 100).build());
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(rules);
        Map<String, Set<String>> open = new HashMap<>();

        for (int step = 0; step < 5000; step++) {
            String device = "t" + random.nextInt(5);
            double value = random.nextInt(10) == 0 ? random.nextInt(40) + 40 : random.nextDouble() * 50 + 35;
            if (step == 2500) {
                evaluator.setRules(rules);
            }
            Set<String> broken = open.computeIfAbsent(device, d -> new HashSet<>());
            Set<String> expected = new HashSet<>();
            for (ThresholdRule r : rules.subList(0, 400)) {
                if (r.isBrokenBy(value)) {
                    expected.add(r.id());
                }
            }
            Set<String> raisedNow = new HashSet<>(expected);
            raisedNow.removeAll(broken);
            Set<String> clearedNow = new HashSet<>(broken);
            clearedNow.removeAll(expected);

            List<Fault> faults = evaluator.evaluate(thermostat(device, step, value));

            assertEquals(raisedNow, ids(faults, FaultKind.RAISED), "raised at step " + step + ", value " + value);
            assertEquals(clearedNow, ids(faults, FaultKind.CLEARED), "cleared at step " + step + ", value " + value);
            open.put(device, expected);
        }
    }

    private static Set<String> ids(List<Fault> faults, FaultKind kind) {
        Set<String> ids = new HashSet<>();
        for (Fault fault : faults) {
            if (fault.kind() == kind && !fault.ruleId().equals("rate")) {
                ids.add(fault.ruleId());
            }
        }
        return ids;
    }
}
