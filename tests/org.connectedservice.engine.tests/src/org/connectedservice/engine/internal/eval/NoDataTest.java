package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.ConditionKindsTest.single;
import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.reading;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class NoDataTest {

    private static final ThresholdRule SILENT = rule("silent").silentFor(60).build();

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void aDeviceThatStopsSendingIsRaisedAsTimeMovesOnAndClearedByItsNextReading() {
        evaluator.setRules(List.of(SILENT));
        evaluator.evaluate(thermostat("t1", 0, 20));
        evaluator.evaluate(thermostat("t2", 30, 20));

        assertTrue(evaluator.advanceTo(at(60)).isEmpty(), "exactly 60 s of silence is still allowed");
        Fault raised = single(evaluator.advanceTo(at(61)));
        assertTrue(evaluator.advanceTo(at(75)).isEmpty(), "raised once");
        Fault cleared = single(evaluator.evaluate(thermostat("t1", 80, 20)));

        assertEquals("t1", raised.deviceId());
        assertEquals(FaultKind.RAISED, raised.kind());
        assertEquals(at(60), raised.time(), "the moment the silence became too long");
        assertEquals(at(0), raised.windowStart(), "the last reading before the silence");
        assertEquals(60.0, raised.value());
        assertEquals(60.0, raised.threshold());
        assertEquals("No Temperature data for 60.00 s (rule 'silent rule' allows 60.00 s)", raised.description());
        assertEquals(raised.token(), cleared.token());
        assertEquals(at(80), cleared.time());
        assertEquals(80.0, cleared.value());
        assertEquals("t2", single(evaluator.advanceTo(at(91))).deviceId());
    }

    @Test
    void aLongGapIsRaisedAndClearedByTheNextReadingEvenWithoutTheClock() {
        evaluator.setRules(List.of(SILENT));
        evaluator.evaluate(thermostat("t1", 0, 20));

        List<Fault> faults = evaluator.evaluate(thermostat("t1", 500, 20));

        assertEquals(List.of(FaultKind.RAISED, FaultKind.CLEARED), faults.stream().map(Fault::kind).toList());
        assertEquals(at(60), faults.get(0).time());
        assertEquals(at(500), faults.get(1).time());
    }

    @Test
    void onlyDevicesThatSentTheMeasurementAreWatched() {
        evaluator.setRules(List.of(SILENT));
        evaluator.evaluate(reading("t1", "Thermostat", 0, "Humidity", 40));
        evaluator.evaluate(reading("p1", "Pump", 0, "Temperature", 40));

        assertTrue(evaluator.advanceTo(at(1000)).isEmpty());
    }

    @Test
    void sustainAddsToTheSilenceAndSuppressionSpacesRepeats() {
        evaluator.setRules(List.of(rule("silent").silentFor(60).sustain(30).suppress(300).build()));
        evaluator.evaluate(thermostat("t1", 0, 20));

        assertTrue(evaluator.advanceTo(at(89)).isEmpty());
        assertEquals(at(90), single(evaluator.advanceTo(at(91))).time());
        evaluator.evaluate(thermostat("t1", 100, 20));

        assertTrue(evaluator.advanceTo(at(250)).isEmpty(), "silent again from 100, but the last raise was at 90");
        assertEquals(at(390), single(evaluator.advanceTo(at(400))).time());
    }

    @Test
    void readingsKeepTheDeviceOffTheList() {
        evaluator.setRules(List.of(SILENT));
        for (int second = 0; second <= 600; second += 30) {
            evaluator.evaluate(thermostat("t1", second, 20));
            assertTrue(evaluator.advanceTo(at(second + 1)).isEmpty());
        }
    }
}
