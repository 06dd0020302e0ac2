package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.backtest.EngineBacktester;
import org.connectedservice.engine.internal.rules.RulesStore;
import org.connectedservice.ui.rules.BacktestFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's session over a real rules store and the engine's backtester, with workers run by the test. */
class RulesSessionTest {

    private static final String HOT = "thermostat-temperature-gt";

    @TempDir
    Path rulesFolder;

    private final MemoryHistory history = HourOfThermostats.history();
    private final ManualWorkers workers = new ManualWorkers();
    private RulesStore store;
    private RulesSession session;

    @BeforeEach
    void open() throws Exception {
        Clock clock = Clock.fixed(HourOfThermostats.END, ZoneOffset.UTC);
        store = RulesStore.open(rulesFolder, clock);
        ReadingSource readings = new ReadingSource(() -> history, () -> null, () -> null, clock);
        session = new RulesSession(new SessionServices(store, new EngineBacktester(id -> null, () -> history),
                readings, () -> null, clock, "tester"), workers, Runnable::run);
        workers.runDue();
    }

    @Test
    void theSelectedRuleIsBacktestedAgainstItselfAtFirst() {
        BacktestFigures first = session.latestFigures().orElseThrow();

        assertEquals(HOT, first.ruleId());
        assertEquals(70, first.candidateThreshold());
        assertEquals(5 * HourOfThermostats.SECONDS, first.readings(), "Temperature of the five thermostats only");
        assertEquals(first.activeAlerts(), first.candidateAlerts());
        assertTrue(first.activeFlaps() > 10, "t3 hovers around 70: " + first.activeFlaps());
        assertEquals(ReadingSource.HISTORY, first.source());
    }

    @Test
    void aRuleOpenedOnTheChartIsSelectedAndFollowsTheDraftUntilClosed() {
        String pump = store.activeRules().stream().map(ThresholdRule::id).filter(id -> !id.equals(HOT)).findFirst()
                .orElseThrow();
        List<String> heard = new ArrayList<>();
        session.subscribe(() -> heard.add("changed"));

        session.openOnChart(pump);
        assertEquals(pump, session.draft().selected(), "the editor shows the rule the chart tunes");
        assertEquals(pump, session.ruleOnChart().orElseThrow().id());
        assertFalse(heard.isEmpty(), "the chart hears that a rule was opened");

        session.setCandidateClearThreshold(pump, 1.5);
        assertEquals(1.5, session.ruleOnChart().orElseThrow().clearThreshold(), "the chart draws the candidate");
        session.draft().delete(pump);
        assertTrue(session.ruleOnChart().isEmpty(), "a deleted rule is no longer tuned on the chart");
        session.draft().undo();
        assertEquals(pump, session.ruleOnChart().orElseThrow().id());

        session.closeOnChart();
        assertTrue(session.ruleOnChart().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> session.openOnChart("no-such-rule"));
    }

    @Test
    void draggingTheThresholdBacktestsOnlyWhereItStopsAndIsOneUndoStep() {
        for (double v = 70.1; v < 71.5; v += 0.1) {
            session.setCandidateThreshold(HOT, v);
        }
        session.setCandidateThreshold(HOT, 71.5);
        session.finishDrag();
        ManualWorkers.Manual tuningWorker = workers.workers.get(0);
        assertEquals(TuningBacktest.DEBOUNCE_MILLIS, tuningWorker.lastDelay);

        workers.runDue();
        BacktestFigures figures = session.latestFigures().orElseThrow();
        assertEquals(71.5, figures.candidateThreshold());
        assertEquals(70, figures.activeThreshold());
        assertEquals(0, figures.candidateFlaps(), "t3 never reaches 71.5 and t5 climbs past it once");
        assertEquals(1, figures.candidateAlerts());
        assertEquals(figures.activeAlerts() - 1, figures.disappearing(), "all but t5's incident alert go");
        assertEquals(0, figures.appearing());
        assertEquals(1, history.seriesReads / 5, "the range was read once, not on every drag step");

        assertTrue(session.draft().undo());
        assertEquals(70, session.candidateRule(HOT).orElseThrow().threshold());
        assertFalse(session.draft().undo(), "the whole drag was one step");
    }

    @Test
    void applyingMakesTheDraftTheActiveVersionWithTheComment() {
        session.setCandidateThreshold(HOT, 75);
        RuleSetVersion applied = session.apply("fewer flaps on t3");

        assertEquals(2, applied.number());
        assertEquals(applied, store.activeVersion());
        assertEquals("fewer flaps on t3", applied.comment());
        assertEquals("tester", applied.author());
        ThresholdRule rule = store.activeRules().stream().filter(r -> r.id().equals(HOT)).findFirst().orElseThrow();
        assertEquals(75, rule.threshold());
        assertEquals(2, rule.version(), "the changed rule carries a new version into its faults");
        assertFalse(session.draft().isDirty());
        assertEquals(2, session.draft().base().number());

        workers.runDue();
        assertEquals(75, session.latestFigures().orElseThrow().activeThreshold(), "backtests now compare with v2");
    }

    @Test
    void aDraftWithAProblemIsNeitherBacktestedNorApplied() {
        session.setCandidateClearThreshold(HOT, 75.0);
        workers.runDue();

        assertTrue(session.tuningState().failed());
        assertTrue(session.tuningState().status().contains("clearThreshold"), session.tuningState().status());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> session.apply("oops"));
        assertTrue(refused.getMessage().startsWith("rule \"" + HOT + "\", Clear threshold: must be at or below"),
                refused.getMessage());
        assertEquals(1, store.activeVersion().number());
    }

    @Test
    void aVersionMadeElsewhereReplacesACleanDraftButNeverEdits() {
        List<ThresholdRule> pumpOnly = new ArrayList<>(store.activeRules());
        pumpOnly.removeIf(r -> r.id().equals(HOT));
        store.apply(pumpOnly, "bob", "no thermostat rule");
        assertEquals(2, session.draft().base().number());
        assertTrue(session.draft().rule(HOT).isEmpty());
        assertNull(session.newerActive());

        session.draft().rules().stream().findFirst().ifPresent(r -> session.setCandidateThreshold(r.id(), 9));
        store.rollback(1, "bob", "back");
        assertEquals(3, session.newerActive().number());
        assertEquals(2, session.draft().base().number(), "the user's edit is kept");

        session.revert();
        assertTrue(session.draft().rule(HOT).isPresent());
        assertNull(session.newerActive());
    }

    @Test
    void rollbackMakesAnEarlierVersionActiveAgain() {
        session.setCandidateThreshold(HOT, 75);
        session.apply("75");
        RuleSetVersion back = session.rollback(1, "75 missed incidents");

        assertEquals(3, back.number());
        assertEquals(70, session.candidateRule(HOT).orElseThrow().threshold());
        assertEquals("75 missed incidents", store.activeVersion().comment());
    }
}
