package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.ConditionKindsTest.single;
import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Aggregation.Function;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class WindowAggregationTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void aTumblingAverageIsJudgedWhenItsWindowCloses() {
        evaluator.setRules(List.of(rule("avg").above(70).window(Aggregation.tumbling(Function.AVG, TEN_SECONDS)).build()));

        assertTrue(feed(0, 60, 5, 90).isEmpty(), "the window [0, 10) is still open");
        Fault raised = single(feed(10, 50));
        assertTrue(feed(15, 50).isEmpty());
        Fault cleared = single(feed(20, 50));

        assertEquals(75.0, raised.value());
        assertEquals(at(0), raised.windowStart(), "an aggregate's window start is the window's");
        assertEquals(at(10), raised.time(), "judged when the window ends");
        assertEquals(Fault.tokenFor("t1", "avg", 1, at(0)), raised.token());
        assertEquals(FaultKind.CLEARED, cleared.kind());
        assertEquals(50.0, cleared.value());
        assertEquals(at(20), cleared.time());
    }

    @Test
    void tumblingMinMaxAndCountSeeEveryReadingOfTheWindow() {
        assertEquals(List.of(40.0), raisedValues(rule("min").when(ConditionKind.LESS_THAN, 45)
                .window(Aggregation.tumbling(Function.MIN, TEN_SECONDS)).build(), 0, 60, 3, 40, 6, 80, 10, 60));
        assertEquals(List.of(80.0), raisedValues(rule("max").above(75)
                .window(Aggregation.tumbling(Function.MAX, TEN_SECONDS)).build(), 0, 60, 3, 40, 6, 80, 10, 60));
        assertEquals(List.of(3.0), raisedValues(rule("count").when(ConditionKind.GREATER_OR_EQUAL, 3)
                .window(Aggregation.tumbling(Function.COUNT, TEN_SECONDS)).build(), 0, 60, 3, 40, 6, 80, 10, 60));
    }

    @Test
    void hoppingWindowsOverlapAndEachIsJudged() {
        evaluator.setRules(List.of(rule("max").above(70)
                .window(Aggregation.hopping(Function.MAX, TEN_SECONDS, Duration.ofSeconds(5))).build()));

        assertTrue(feed(1, 80).isEmpty());
        Fault raised = single(feed(6, 50));
        assertTrue(feed(11, 50).isEmpty(), "[0, 10) still holds the 80");
        Fault cleared = single(feed(16, 50));

        assertEquals(at(-5), raised.windowStart(), "hopping windows start at multiples of the hop");
        assertEquals(at(5), raised.time());
        assertEquals(80.0, raised.value());
        assertEquals(at(15), cleared.time(), "[5, 15) no longer holds the 80");
        assertEquals(raised.token(), cleared.token());
    }

    @Test
    void hoppingAverageCombinesTheSlicesOfItsWindow() {
        assertEquals(List.of(75.0), raisedValues(rule("avg").above(70)
                .window(Aggregation.hopping(Function.AVG, Duration.ofSeconds(6), Duration.ofSeconds(4))).build(),
                0, 60, 2, 60, 5, 70, 7, 80, 9, 75, 12, 60));
    }

    @Test
    void aSlidingWindowEndsAtEveryReading() {
        evaluator.setRules(List.of(rule("avg").above(70).window(Aggregation.sliding(Function.AVG, TEN_SECONDS)).build()));

        assertTrue(feed(0, 60).isEmpty());
        Fault raised = single(feed(5, 90));
        assertTrue(feed(12, 60).isEmpty(), "(2, 12] holds 90 and 60");
        Fault cleared = single(feed(16, 60));

        assertEquals(75.0, raised.value());
        assertEquals(at(5), raised.time());
        assertEquals(at(-5), raised.windowStart());
        assertEquals(60.0, cleared.value());
        assertEquals(at(16), cleared.time());
    }

    @Test
    void slidingMinMaxAndCountForgetReadingsThatLeaveTheWindow() {
        assertEquals(List.of(95.0), raisedValues(rule("max").above(90)
                .window(Aggregation.sliding(Function.MAX, TEN_SECONDS)).build(), 0, 95, 4, 50, 8, 60, 12, 91));
        assertEquals(List.of(5.0, 7.0), raisedValues(rule("min").when(ConditionKind.LESS_THAN, 10)
                .window(Aggregation.sliding(Function.MIN, TEN_SECONDS)).build(), 0, 5, 4, 50, 8, 60, 12, 70, 13, 7));
        assertEquals(List.of(3.0), raisedValues(rule("count").when(ConditionKind.GREATER_OR_EQUAL, 3)
                .window(Aggregation.sliding(Function.COUNT, TEN_SECONDS)).build(), 0, 1, 4, 1, 8, 1, 20, 1, 22, 1));
    }

    @Test
    void aWindowOfADeviceThatWentQuietClosesWhenTimeMovesOn() {
        evaluator.setRules(List.of(rule("avg").above(70).window(Aggregation.tumbling(Function.AVG, TEN_SECONDS)).build()));
        feed(0, 90, 5, 90);

        assertTrue(evaluator.advanceTo(at(9.999)).isEmpty());
        Fault raised = single(evaluator.advanceTo(at(10)));
        assertTrue(evaluator.advanceTo(at(100)).isEmpty(), "a window without readings says nothing");
        assertTrue(feed(101, 90).isEmpty(), "the closed window is not judged twice");

        assertEquals(at(10), raised.time());
        assertEquals(90.0, raised.value());
    }

    @Test
    void windowsWithoutReadingsProduceNothing() {
        assertEquals(List.of(1.0), raisedValues(rule("few").when(ConditionKind.LESS_THAN, 2)
                .window(Aggregation.tumbling(Function.COUNT, TEN_SECONDS)).build(), 0, 1, 35, 1, 36, 1, 45, 1));
    }

    @Test
    void aLateReadingIsLeftOutOfWindowsThatMovedOn() {
        assertEquals(List.of(), raisedValues(rule("avg").above(70)
                .window(Aggregation.tumbling(Function.AVG, TEN_SECONDS)).build(), 12, 60, 5, 200, 21, 60));
    }

    private List<Fault> feed(double... secondValuePairs) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < secondValuePairs.length; i += 2) {
            faults.addAll(evaluator.evaluate(thermostat("t1", secondValuePairs[i], secondValuePairs[i + 1])));
        }
        return faults;
    }

    private static List<Double> raisedValues(ThresholdRule rule, double... secondValuePairs) {
        RuleEvaluator fresh = new RuleEvaluator();
        fresh.setRules(List.of(rule));
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < secondValuePairs.length; i += 2) {
            for (Fault fault : fresh.evaluate(thermostat("t1", secondValuePairs[i], secondValuePairs[i + 1]))) {
                if (fault.kind() == FaultKind.RAISED) {
                    values.add(fault.value());
                }
            }
        }
        return values;
    }
}
