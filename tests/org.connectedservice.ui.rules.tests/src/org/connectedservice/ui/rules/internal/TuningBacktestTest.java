package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.backtest.EngineBacktester;
import org.junit.jupiter.api.Test;

class TuningBacktestTest {

    private static final ThresholdRule HOT = ThresholdRule.greaterThan("hot", 1, "AlarmTemp", "Thermostat",
            "Temperature", 70, Severity.HIGH);

    private final List<TuningState> shown = new ArrayList<>();
    private final AtomicInteger scheduled = new AtomicInteger();

    private TuningBacktest tuning(MemoryHistory history, Instant now) {
        ReadingSource source = new ReadingSource(() -> history, () -> null, () -> null,
                Clock.fixed(now, ZoneOffset.UTC));
        return new TuningBacktest(new EngineBacktester(id -> null, () -> null), source, shown::add,
                delay -> scheduled.incrementAndGet());
    }

    private static TuningRequest candidate(double threshold, HistoryRange range) {
        return new TuningRequest(HOT, HOT.withThreshold(threshold), range, List.of(), null);
    }

    @Test
    void onlyTheNewestCandidateIsBacktested() {
        TuningBacktest tuning = tuning(HourOfThermostats.history(), HourOfThermostats.END);
        tuning.request(candidate(71, HistoryRange.LAST_HOUR));
        tuning.request(candidate(72, HistoryRange.LAST_HOUR));
        tuning.runLatest(() -> false);

        assertEquals(2, scheduled.get());
        List<TuningResult> results = shown.stream().map(TuningState::result).filter(r -> r != null).toList();
        assertEquals(1, results.size());
        assertEquals(72, results.get(0).figures().candidateThreshold());
    }

    @Test
    void aRunOvertakenByANewerCandidateStopsAndShowsNothing() {
        TuningBacktest tuning = tuning(HourOfThermostats.history(), HourOfThermostats.END);
        tuning.request(candidate(71, HistoryRange.LAST_HOUR));
        AtomicInteger checks = new AtomicInteger();
        tuning.runLatest(() -> {
            if (checks.incrementAndGet() == 2) {
                tuning.request(candidate(73, HistoryRange.LAST_HOUR));
            }
            return false;
        });

        assertTrue(shown.stream().allMatch(s -> s.result() == null && !s.failed()), "only the loading line: " + shown);
        tuning.runLatest(() -> false);
        assertEquals(73, tuning.lastResult().figures().candidateThreshold());
    }

    @Test
    void theRangeIsReadOnceUntilItChangesOrIsReloaded() {
        MemoryHistory history = HourOfThermostats.history();
        TuningBacktest tuning = tuning(history, HourOfThermostats.END);
        for (double v = 70; v < 75; v += 0.5) {
            tuning.request(candidate(v, HistoryRange.LAST_HOUR));
            tuning.runLatest(() -> false);
        }
        assertEquals(5, history.seriesReads, "five Temperature traces, read once");

        tuning.request(candidate(75, HistoryRange.LAST_DAY));
        tuning.runLatest(() -> false);
        tuning.reload();
        tuning.runLatest(() -> false);
        assertEquals(15, history.seriesReads);
    }

    @Test
    void aYoungHistoryIsBacktestedAgainOnItsOwnAsReadingsArrive() {
        Instant start = HourOfThermostats.END;
        MemoryHistory history = new MemoryHistory();
        for (int s = 0; s < 10; s++) {
            history.add("t1", "Thermostat", "Temperature", start.plusSeconds(s).toEpochMilli(), 60 + s);
        }
        Instant[] now = { start.plusSeconds(10) };
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        TuningBacktest tuning = new TuningBacktest(new EngineBacktester(id -> null, () -> null),
                new ReadingSource(() -> history, () -> null, () -> null, clock), shown::add,
                delay -> scheduled.incrementAndGet());
        tuning.request(candidate(65, HistoryRange.LAST_HOUR));
        tuning.runLatest(() -> false);
        assertEquals(10, tuning.lastResult().figures().readings());

        tuning.refreshIfOutdated();
        assertEquals(1, scheduled.get(), "nothing new yet, nothing rerun");
        for (int s = 10; s < 13; s++) {
            history.add("t1", "Thermostat", "Temperature", start.plusSeconds(s).toEpochMilli(), 60 + s);
        }
        now[0] = start.plusSeconds(13);
        tuning.refreshIfOutdated();
        assertEquals(2, scheduled.get(), "3 s more of a 10 s history is rerun without an edit");
        tuning.runLatest(() -> false);
        assertEquals(13, tuning.lastResult().figures().readings());
    }

    /** The drag budget is 200 ms from the last move; the debounce takes 60 of it, the replay must fit the rest. */
    @Test
    void aMillionReadingsAreReplayedFromMemoryForEachCandidate() {
        MemoryHistory history = new MemoryHistory();
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        for (int s = 0; s < 1000; s++) {
            for (int d = 0; d < 1000; d++) {
                history.add("t" + d, "Thermostat", "Temperature", start.plusSeconds(s).toEpochMilli(),
                        (s + d) % 100 < 5 ? 80 : 50 + s % 7);
            }
        }
        TuningBacktest tuning = tuning(history, start.plusSeconds(1000));
        long loadStart = System.nanoTime();
        tuning.request(candidate(75, HistoryRange.LAST_HOUR));
        tuning.runLatest(() -> false);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            tuning.request(candidate(76 + i, HistoryRange.LAST_HOUR));
            long t = System.nanoTime();
            tuning.runLatest(() -> false);
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        TuningResult last = tuning.lastResult();
        System.out.printf("{\"bench\":\"rules-tuning\",\"readings\":%d,\"first_load_and_backtest_ms\":%d,"
                + "\"backtest_ms\":%d,\"backtest_ms_reported\":%d}%n", last.report().readings(), loadMillis, best,
                last.backtestMillis());
        assertEquals(1_000_000, last.report().readings());
        assertEquals(0, last.report().candidate().raised(), "the readings never pass 80");
        assertEquals(last.report().active().raised(), last.report().disappearingCount());
        assertTrue(best < 2_000, "a candidate took " + best + " ms");
    }

    @Test
    void aBacktesterFailureIsShownNotThrown() {
        Backtester broken = new Backtester() {
            @Override
            public BacktestReport compare(List<ThresholdRule> active, List<ThresholdRule> candidate,
                    Iterable<Reading> readings, BacktestOptions options) {
                throw new IllegalArgumentException("the candidate rules cannot be backtested: boom");
            }

            @Override
            public BacktestReport compareOverHistory(List<ThresholdRule> active, List<ThresholdRule> candidate,
                    Instant from, Instant to, BacktestOptions options) {
                throw new IllegalStateException("not over history");
            }
        };
        TuningBacktest tuning = new TuningBacktest(broken, new ReadingSource(HourOfThermostats::history, () -> null,
                () -> null, Clock.fixed(HourOfThermostats.END, ZoneOffset.UTC)), shown::add, d -> { });
        tuning.request(candidate(71, HistoryRange.LAST_HOUR));
        tuning.runLatest(() -> false);

        TuningState last = shown.get(shown.size() - 1);
        assertTrue(last.failed());
        assertEquals("The backtest failed: the candidate rules cannot be backtested: boom", last.status());
    }
}
