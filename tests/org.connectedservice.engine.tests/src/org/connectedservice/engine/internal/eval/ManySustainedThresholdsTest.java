package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/**
 * Many single-threshold rules with sustain, hysteresis or suppression on one measurement are only visited when their
 * condition flips or they hold a run or an alert; they must raise and clear exactly as the same conditions written
 * as bands, which are visited on every reading.
 */
class ManySustainedThresholdsTest {

    private static final double FAR = 1e9;

    @Test
    void sustainedThresholdsRaiseAndClearLikeTheirBandEquivalents() {
        Random random = new Random(11);
        List<ThresholdRule> thresholds = new ArrayList<>();
        List<ThresholdRule> bands = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean atLeast = i % 2 == 0;
            int threshold = random.nextInt(40) + 40;
            int sustain = random.nextInt(4) * 2;
            int suppression = random.nextInt(3) == 0 ? 10 : 0;
            int margin = random.nextInt(3) * 2;
            RuleBuilder single = rule("r" + i).sustain(sustain).suppress(suppression)
                    .when(atLeast ? ConditionKind.GREATER_OR_EQUAL : ConditionKind.LESS_THAN, threshold);
            RuleBuilder band = rule("r" + i).sustain(sustain).suppress(suppression).band(
                    atLeast ? ConditionKind.INSIDE_BAND : ConditionKind.OUTSIDE_BAND, threshold, FAR);
            if (margin > 0 || sustain + suppression == 0) {
                single.clearAt(atLeast ? threshold - margin : threshold + margin);
                band.clearAt(margin);
            }
            thresholds.add(single.build());
            bands.add(band.build());
        }
        RuleEvaluator laddered = new RuleEvaluator();
        laddered.setRules(thresholds);
        RuleEvaluator oneByOne = new RuleEvaluator();
        oneByOne.setRules(bands);
        int faults = 0;
        double[] values = { 60, 60, 60 };
        for (int second = 0; second < 3000; second++) {
            for (int device = 0; device < values.length; device++) {
                if (random.nextInt(4) == 0) {
                    values[device] = Math.max(30, Math.min(90, values[device] + random.nextInt(11) - 5));
                }
                String id = "t" + device;
                List<String> expected = seen(oneByOne.evaluate(thermostat(id, second, values[device])));
                List<String> actual = seen(laddered.evaluate(thermostat(id, second, values[device])));
                assertEquals(expected, actual, "faults of " + id + " at second " + second);
                faults += actual.size();
            }
        }
        assertTrue(faults > 1000, "the values crossed the thresholds often enough to test something: " + faults);
    }

    private static List<String> seen(List<Fault> faults) {
        return faults.stream().map(f -> f.kind() + " " + f.ruleId() + " " + f.deviceId() + " " + f.time() + " "
                + f.windowStart() + " " + f.value()).toList();
    }
}
