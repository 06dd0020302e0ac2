package org.connectedservice.engine.internal.backtest;

import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.reading;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.DeviceRuleOutcome;
import org.connectedservice.core.backtest.IncidentDetection;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.backtest.RuleSetOutcome;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.InMemoryTelemetryHistory;
import org.junit.jupiter.api.Test;

class EngineBacktesterTest {

    private static final ThresholdRule HOT = rule("hot").above(70).build();
    private static final ThresholdRule COLD = rule("cold").when(ConditionKind.LESS_THAN, 55).build();

    /** t1 breaks 70 twice (once briefly), t2 once briefly; only t1's second break passes 80; t2 starts below 55. */
    private static final List<Reading> STREAM = List.of(
            thermostat("t1", 0, 75), thermostat("t2", 0, 50), thermostat("t2", 30, 72), thermostat("t2", 40, 60),
            thermostat("t1", 60, 65), thermostat("t1", 120, 85), thermostat("t1", 1000, 60));

    private final InMemoryTelemetryHistory history = new InMemoryTelemetryHistory();
    private final EngineBacktester backtester = new EngineBacktester(id -> null, () -> history);

    @Test
    void bothRuleSetsAreCountedPerDeviceAndRuleWithTheirFlaps() {
        BacktestReport report = backtester.compare(List.of(HOT), List.of(HOT.withThreshold(80)), STREAM,
                BacktestOptions.defaults());

        assertEquals(7, report.readings());
        RuleSetOutcome active = report.active();
        assertEquals(3, active.raised());
        assertEquals(3, active.cleared());
        assertEquals(2, active.flaps(), "t1's first break and t2's break cleared within 10 minutes");
        assertEquals(List.of(new DeviceRuleOutcome("t1", "hot", "hot rule", 2, 2, 1, at(0), Duration.ZERO),
                new DeviceRuleOutcome("t2", "hot", "hot rule", 1, 1, 1, at(30), Duration.ZERO)),
                active.perDeviceRule());
        RuleSetOutcome candidate = report.candidate();
        assertEquals(1, candidate.raised());
        assertEquals(0, candidate.flaps(), "cleared after 880 s, longer than the flap window");
        assertEquals(List.of(new DeviceRuleOutcome("t1", "hot", "hot rule", 1, 1, 0, at(120), Duration.ZERO)),
                candidate.perDeviceRule());
    }

    @Test
    void theFlapWindowIsTheCallersChoice() {
        BacktestReport report = backtester.compare(List.of(HOT), List.of(HOT), STREAM,
                BacktestOptions.flapWindow(Duration.ofSeconds(30)));

        assertEquals(1, report.active().flaps(), "only t2's 10 s break is within 30 s");
        assertEquals(17, BacktestOptions.flapWindow(Duration.ofMinutes(17)).flapWindow().toMinutes());
    }

    @Test
    void alertsThatWouldAppearOrDisappearAreListedOldestFirst() {
        BacktestReport report = backtester.compare(List.of(HOT), List.of(HOT.withThreshold(80), COLD), STREAM,
                BacktestOptions.defaults());

        assertEquals(List.of(new AlertChange("t2", "cold", "cold rule", "Temperature", at(0), at(0), 50, 55)),
                report.appearing());
        assertEquals(List.of("t1@0", "t2@30"), report.disappearing().stream()
                .map(c -> c.deviceId() + "@" + (c.windowStart().getEpochSecond() - at(0).getEpochSecond())).toList());
        assertEquals(1, report.appearingCount());
        assertEquals(2, report.disappearingCount());
        assertTrue(report.disappearing().stream().allMatch(c -> c.ruleId().equals("hot")));
    }

    @Test
    void theListsAreCutToTheLimitButTheCountsAreNot() {
        BacktestReport report = backtester.compare(List.of(HOT), List.of(), STREAM,
                new BacktestOptions(null, null, 1));

        assertEquals(1, report.disappearing().size());
        assertEquals(3, report.disappearingCount());
        assertEquals(at(0), report.disappearing().get(0).raisedAt());
    }

    @Test
    void withoutLabelsTheDelayRunsFromTheFirstBreakingReadingToTheRaise() {
        ThresholdRule sustained = rule("hot").version(2).above(70).sustain(30).build();
        List<Reading> readings = List.of(thermostat("t1", 0, 75), thermostat("t2", 0, 75), thermostat("t1", 10, 75),
                thermostat("t1", 20, 75), thermostat("t1", 30, 75), thermostat("t2", 45, 75));

        BacktestReport report = backtester.compare(List.of(HOT), List.of(sustained), readings,
                BacktestOptions.defaults());

        assertEquals(new DetectionDelay(DetectionDelay.Basis.FIRST_BREAKING_READING, 2, 0, Duration.ZERO,
                Duration.ZERO), report.active().detection());
        assertEquals(new DetectionDelay(DetectionDelay.Basis.FIRST_BREAKING_READING, 2, 0, Duration.ofMillis(37_500),
                Duration.ofSeconds(45)), report.candidate().detection());
        assertEquals(Duration.ofSeconds(30), report.candidate().perDeviceRule().get(0).firstDetectionDelay());
        assertTrue(report.appearing().isEmpty(), "the sustained alerts start where the instant ones did");
    }

    @Test
    void withLabelledIncidentsTheDelayRunsFromEachIncidentsStart() {
        ThresholdRule sustained = rule("hot").version(2).above(70).sustain(30).build();
        List<Reading> readings = List.of(thermostat("t1", 0, 75), thermostat("t2", 0, 20), thermostat("t1", 10, 75),
                thermostat("t1", 30, 75), thermostat("t2", 60, 20));
        LabelledIncident overheating = new LabelledIncident("t1", null, at(5), null);
        LabelledIncident shortOne = new LabelledIncident("t1", "temperature", at(1), at(20));
        LabelledIncident humidity = new LabelledIncident("t1", "Humidity", at(0), null);
        LabelledIncident unseen = new LabelledIncident("t2", null, at(0), null);
        BacktestOptions options = BacktestOptions.defaults()
                .withIncidents(List.of(overheating, shortOne, humidity, unseen));

        BacktestReport report = backtester.compare(List.of(HOT), List.of(sustained), readings, options);

        List<IncidentDetection> active = report.active().incidents();
        assertEquals(new IncidentDetection(overheating, "hot", at(5), Duration.ZERO), active.get(0),
                "an alert already active at the start detects it at once");
        assertEquals(Duration.ZERO, active.get(1).delay());
        assertFalse(active.get(2).detected(), "no alert on humidity");
        assertFalse(active.get(3).detected());
        List<IncidentDetection> candidate = report.candidate().incidents();
        assertEquals(new IncidentDetection(overheating, "hot", at(30), Duration.ofSeconds(25)), candidate.get(0));
        assertNull(candidate.get(1).detectedAt(), "raised at 30 s, after the incident ended");
        assertEquals(new DetectionDelay(DetectionDelay.Basis.LABELLED_INCIDENTS, 1, 3, Duration.ofSeconds(25),
                Duration.ofSeconds(25)), report.candidate().detection());
        assertEquals(2, report.active().detection().detected());
        assertEquals(2, report.active().detection().missed());
    }

    @Test
    void timeMovesOnWithTheReadingsSoSilenceIsFoundButNotPastTheirEnd() {
        ThresholdRule silent = rule("silent").silentFor(60).build();
        List<Reading> readings = new ArrayList<>(List.of(thermostat("t1", 0, 20)));
        for (int second = 0; second <= 200; second += 10) {
            readings.add(thermostat("t2", second, 20));
        }

        BacktestReport report = backtester.compare(List.of(), List.of(silent), readings, BacktestOptions.defaults());

        assertEquals(1, report.candidate().raised());
        assertEquals(0, report.candidate().cleared());
        assertEquals(List.of(new DeviceRuleOutcome("t1", "silent", "silent rule", 1, 0, 0, at(60),
                Duration.ofSeconds(60))), report.candidate().perDeviceRule());
    }

    @Test
    void aCandidateThresholdForOneRuleIsTriedAgainstTheActiveRules() {
        BacktestReport report = backtester.tryThreshold(List.of(HOT, COLD), "hot", 80, STREAM,
                BacktestOptions.defaults());

        assertEquals(2, report.disappearingCount());
        assertEquals(0, report.appearingCount());
        assertEquals(report.active().perDeviceRule().stream().filter(o -> o.ruleId().equals("cold")).toList(),
                report.candidate().perDeviceRule().stream().filter(o -> o.ruleId().equals("cold")).toList());
        var error = assertThrows(IllegalArgumentException.class,
                () -> backtester.tryThreshold(List.of(HOT), "nope", 80, STREAM, BacktestOptions.defaults()));
        assertTrue(error.getMessage().contains("'nope'"), error.getMessage());
    }

    @Test
    void rulesThatCannotRunAreReportedWithWhichSetTheyBelongTo() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> backtester.compare(List.of(HOT), List.of(HOT, HOT), STREAM, BacktestOptions.defaults()));

        assertTrue(error.getMessage().startsWith("the candidate rules cannot be backtested"), error.getMessage());
        assertTrue(error.getMessage().contains("'hot'"), error.getMessage());
    }

    @Test
    void theStoredHistoryCanBeReplayed() {
        STREAM.forEach(history::append);
        history.append(reading("t1", "Thermostat", 5000, "Temperature", 99));

        BacktestReport fromHistory = backtester.compareOverHistory(List.of(HOT), List.of(HOT.withThreshold(80)),
                at(0), at(2000), BacktestOptions.defaults());
        BacktestReport fromList = backtester.compare(List.of(HOT), List.of(HOT.withThreshold(80)), STREAM,
                BacktestOptions.defaults());

        assertEquals(fromList.readings(), fromHistory.readings());
        assertEquals(fromList.active(), fromHistory.active());
        assertEquals(fromList.candidate(), fromHistory.candidate());
        assertEquals(fromList.disappearing(), fromHistory.disappearing());
    }

    @Test
    void withoutAHistoryTheHistoryBacktestPointsToAReplayFile() {
        EngineBacktester noHistory = new EngineBacktester(id -> null, () -> null);

        var error = assertThrows(IllegalStateException.class, () -> noHistory.compareOverHistory(List.of(HOT),
                List.of(HOT), at(0), at(10), BacktestOptions.defaults()));

        assertTrue(error.getMessage().contains("replay a telemetry file instead"), error.getMessage());
    }
}
