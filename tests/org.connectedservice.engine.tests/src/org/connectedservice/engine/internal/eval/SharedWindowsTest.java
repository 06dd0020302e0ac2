package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Aggregation.Function;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/**
 * Rules on the same measurement and window share one aggregate; each must still raise and clear on its own terms,
 * and rules coming and going with new versions must not disturb the others or inherit stale windows.
 */
class SharedWindowsTest {

    private static final Aggregation TEN_SECOND_AVG = Aggregation.tumbling(Function.AVG, Duration.ofSeconds(10));

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void rulesSharingAWindowRaiseAndClearEachAtItsOwnThreshold() {
        evaluator.setRules(List.of(average("warm", 70), average("hot", 80)));

        assertEquals(List.of("warm RAISED 75.0 at 10"), feed("t1", 0, 75, 10, 85));
        assertEquals(List.of("hot RAISED 85.0 at 20"), feed("t1", 20, 60));
        assertEquals(List.of("warm CLEARED 60.0 at 30", "hot CLEARED 60.0 at 30"), feed("t1", 30, 60));
    }

    @Test
    void plainHysteresisAndSustainOnOneWindowEachKeepTheirOwnTiming() {
        evaluator.setRules(List.of(average("plain", 70),
                rule("hysteresis").above(70).clearAt(60).window(TEN_SECOND_AVG).build(),
                rule("sustained").above(70).sustain(20).window(TEN_SECOND_AVG).build()));

        List<String> faults = feed("t1", 0, 75, 10, 65, 20, 75, 30, 75, 40, 55, 50, 55);

        assertEquals(List.of(
                "plain RAISED 75.0 at 10", "hysteresis RAISED 75.0 at 10",
                "plain CLEARED 65.0 at 20",
                "plain RAISED 75.0 at 30",
                "sustained RAISED 75.0 at 40",
                "plain CLEARED 55.0 at 50", "hysteresis CLEARED 55.0 at 50", "sustained CLEARED 55.0 at 50"),
                faults, "65 is above the clear threshold of 60; the sustain needs two breaking windows in a row");
    }

    @Test
    void faultsOfOneWindowComeInRuleOrderNotThresholdOrder() {
        evaluator.setRules(List.of(average("hot", 80), average("warm", 70), average("mild", 60)));

        assertEquals(List.of("hot RAISED 90.0 at 10", "warm RAISED 90.0 at 10", "mild RAISED 90.0 at 10"),
                feed("t1", 0, 90, 10, 90), "closed by the device's next reading");
        feed("t2", 0, 90);
        assertEquals(List.of("hot RAISED 90.0 at 10", "warm RAISED 90.0 at 10", "mild RAISED 90.0 at 10"),
                describe(evaluator.advanceTo(at(10))), "closed by time");
    }

    @Test
    void windowsOfOtherFunctionsAreNotMixedUp() {
        evaluator.setRules(List.of(average("avg", 70),
                rule("max").above(85).window(Aggregation.tumbling(Function.MAX, Duration.ofSeconds(10))).build(),
                rule("count").above(1).window(Aggregation.tumbling(Function.COUNT, Duration.ofSeconds(20))).build()));

        assertEquals(List.of("avg RAISED 75.0 at 10", "max RAISED 90.0 at 10"), feed("t1", 0, 60, 5, 90, 10, 50));
        assertEquals(List.of("avg CLEARED 50.0 at 20", "max CLEARED 50.0 at 20", "count RAISED 3.0 at 20"),
                feed("t1", 20, 50));
    }

    @Test
    void aRuleAddedByANewVersionJudgesTheNextWindowAndLeavesTheOpenAlertsAlone() {
        evaluator.setRules(List.of(average("warm", 70)));
        assertEquals(List.of("warm RAISED 75.0 at 10"), feed("t1", 0, 75, 10, 75, 15, 79));

        evaluator.setRules(List.of(average("warm", 70), average("hot", 76)));
        List<Fault> faults = evaluator.evaluate(thermostat("t1", 20, 60));

        assertEquals(List.of("hot RAISED 77.0 at 20"), describe(faults),
                "the window open when the rule came keeps its readings from before; warm is not raised again");
        assertEquals(at(10), faults.get(0).windowStart());
        assertEquals(List.of("warm CLEARED 60.0 at 30", "hot CLEARED 60.0 at 30"), feed("t1", 30, 60));
    }

    @Test
    void aRemovedRuleClearsItsAlertAndTheRuleLeftKeepsTheSharedWindow() {
        evaluator.setRules(List.of(average("warm", 70), average("hot", 80)));
        feed("t1", 0, 90, 10, 90, 15, 50);

        evaluator.setRules(List.of(average("warm", 70)));

        assertEquals(List.of("hot CLEARED 90.0 at 15"), describe(evaluator.advanceTo(at(16))));
        assertEquals(List.of("warm CLEARED 70.0 at 20"), feed("t1", 20, 50), "[10, 20) still holds the 90");
        assertEquals(List.of(), feed("t1", 30, 90, 40, 50).stream().filter(f -> f.startsWith("hot")).toList());
    }

    @Test
    void aWindowRuleRemovedAndAddedBackStartsFromFreshWindows() {
        evaluator.setRules(List.of(average("avg", 70)));
        feed("t1", 0, 90, 5, 90);

        evaluator.setRules(List.of(rule("other").on("Humidity").above(90).build()));
        feed("t1", 7, 90);
        evaluator.setRules(List.of(average("avg", 70)));

        assertEquals(List.of(), feed("t1", 12, 50, 20, 50), "[0, 10) was watched by no rule when it closed");
    }

    @Test
    void devicesShareTheAggregateButOnlyTheirOwnRulesJudgeTheirWindows() {
        evaluator.setRules(List.of(average("fleet", 70), rule("t2-only").devices("t2").above(60)
                .window(TEN_SECOND_AVG).build()));
        feed("t1", 0, 65);
        feed("t2", 0, 65);

        List<Fault> closedByTime = evaluator.advanceTo(at(10));

        assertEquals(List.of("t2-only RAISED 65.0 at 10"), describe(closedByTime));
        assertEquals("t2", closedByTime.get(0).deviceId());
        assertEquals(List.of("fleet RAISED 80.0 at 20"), feed("t1", 10, 80, 20, 80));
    }

    private static ThresholdRule average(String id, double above) {
        return rule(id).above(above).window(TEN_SECOND_AVG).build();
    }

    private List<String> feed(String device, double... secondValuePairs) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < secondValuePairs.length; i += 2) {
            faults.addAll(evaluator.evaluate(thermostat(device, secondValuePairs[i], secondValuePairs[i + 1])));
        }
        return describe(faults);
    }

    private static List<String> describe(List<Fault> faults) {
        return faults.stream().map(f -> f.ruleId() + " " + f.kind() + " " + f.value() + " at "
                + (f.time().toEpochMilli() - at(0).toEpochMilli()) / 1000).toList();
    }
}
