package org.connectedservice.engine.internal;

import static org.connectedservice.engine.internal.eval.RuleBuilder.at;
import static org.connectedservice.engine.internal.eval.RuleBuilder.reading;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.connectedservice.engine.internal.eval.RuleBuilder.thermostat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.engine.internal.eval.RuleEvaluator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThresholdEngineTest {

    private static final long MS = 1_000_000L;
    private static final ThresholdRule HOT = rule("hot").above(70).build();

    private final AtomicLong nanos = new AtomicLong(5_000 * MS);
    private final InMemoryFaultOutbox outbox = new InMemoryFaultOutbox();
    private final InMemoryRulesRepository repository = new InMemoryRulesRepository(List.of(HOT));
    private final InMemoryTelemetryHistory history = new InMemoryTelemetryHistory();
    private final AtomicReference<TelemetryHistory> boundHistory = new AtomicReference<>(history);
    private final ThresholdEngine engine = new ThresholdEngine(new RuleEvaluator(), outbox, nanos::get,
            new LiveSeries(100), boundHistory::get);

    @BeforeEach
    void followRules() {
        engine.follow(repository);
    }

    @Test
    void faultsReachTheOutboxAndTheStatsCountThem() {
        engine.ingest(thermostat("t1", 1, 65.0));
        engine.ingest(thermostat("t1", 2, 75.0));
        engine.ingest(thermostat("t1", 3, 76.0));
        engine.ingest(thermostat("t1", 4, 60.0));

        assertEquals(List.of(FaultKind.RAISED, FaultKind.CLEARED), outbox.faults().stream().map(Fault::kind).toList());
        assertEquals(at(2), outbox.faults().get(0).windowStart());
        EngineStats stats = engine.stats();
        assertTrue(stats.running());
        assertEquals(4, stats.readings());
        assertEquals(1, stats.faultsRaised());
        assertEquals(2, stats.outboxDepth());
        assertEquals(0, stats.rejected());
    }

    @Test
    void invalidReadingsAreCountedAsRejectedWithoutThrowing() {
        engine.ingest(null);
        engine.ingest(new Reading(" ", "Thermostat", Instant.EPOCH, Map.of("Temperature", 75.0)));
        engine.ingest(thermostat("t1", 1, Double.NaN));
        engine.ingest(thermostat("t1", 2, Double.POSITIVE_INFINITY));
        engine.ingest(thermostat("t1", 3, 75.0));

        EngineStats stats = engine.stats();
        assertEquals(4, stats.rejected());
        assertEquals(1, stats.readings());
        assertEquals(1, stats.faultsRaised());
        assertEquals(1, engine.live().snapshot("t1", "Temperature", 10).size(), "rejected values are not charted");
        assertEquals(1, history.readings().size(), "rejected values are not kept");
    }

    @Test
    void eventsPerSecondFollowTheRecentRate() {
        for (int i = 0; i < 100; i++) {
            nanos.addAndGet(100 * MS);
            engine.ingest(thermostat("t1", i, 20.0));
        }
        assertEquals(10.0, engine.stats().eventsPerSecond(), 1.0);

        nanos.addAndGet(10_000 * MS);
        assertEquals(0.0, engine.stats().eventsPerSecond());
    }

    @Test
    void theOutboxDepthIsReadAtMostFourTimesASecond() {
        for (int i = 0; i < 50; i++) {
            engine.stats();
            nanos.addAndGet(10 * MS);
        }
        assertEquals(2, outbox.depthCalls());

        assertEquals(0, engine.stats().outboxDepth());
        engine.ingest(thermostat("t1", 1, 75.0));
        assertEquals(0, engine.stats().outboxDepth(), "the cached depth is at most 250 ms old");
        nanos.addAndGet(250 * MS);
        assertEquals(1, engine.stats().outboxDepth());
    }

    @Test
    void faultsTheOutboxRefusedGoOutWithTheNextReading() {
        outbox.refuseAppends(new IllegalStateException("database is locked"));
        engine.ingest(thermostat("t1", 1, 75.0));

        assertEquals(1, engine.appendFailures());
        assertEquals(1, engine.unsentFaults());
        assertEquals(0, engine.stats().faultsRaised(), "not emitted until the outbox took it");
        assertEquals(1, engine.live().snapshot("t1", "Temperature", 10).size(), "live data is kept");

        outbox.refuseAppends(null);
        engine.ingest(thermostat("t1", 2, 76.0));

        assertEquals(1, outbox.faults().size());
        assertEquals(0, engine.unsentFaults());
        assertEquals(1, engine.stats().faultsRaised());
    }

    @Test
    void refusedFaultsAlsoGoOutWithTheNextClockTickWhenNoReadingsCome() {
        outbox.refuseAppends(new IllegalStateException("database is locked"));
        engine.ingest(thermostat("t1", 1, 75.0));
        outbox.refuseAppends(null);

        engine.advanceTo(at(2));

        assertEquals(1, outbox.faults().size());
        assertEquals(0, engine.unsentFaults());
    }

    @Test
    void aNewRulesVersionIsInForceAtOnce() {
        engine.ingest(reading("p1", "Pump", 1, "Pressure", 9.0));

        repository.apply(List.of(HOT, rule("pump").type("Pump").on("Pressure").above(8.5).build()), "ann", "pumps");
        engine.ingest(reading("p1", "Pump", 2, "Pressure", 9.0));

        assertEquals(List.of("pump"), outbox.faults().stream().map(Fault::ruleId).toList());
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        RuleSetVersion first = repository.activeVersion();
        repository.apply(List.of(rule("hot").version(2).above(90).build()), "ann", "less noise");

        assertFalse(engine.applyRules(first));
        engine.ingest(thermostat("t1", 1, 80.0));

        assertTrue(outbox.faults().isEmpty(), "version 2 with its threshold of 90 stays in force");
    }

    @Test
    void aVersionTheEngineCannotRunLeavesTheRulesInForce() {
        ThresholdRule twin = rule("hot").version(2).on("Humidity").above(1).build();
        repository.apply(List.of(HOT, twin), "ann", "duplicate ids");

        engine.ingest(thermostat("t1", 1, 75.0));

        assertEquals(1, outbox.faults().size());
    }

    @Test
    void everyValidReadingIsKeptInHistoryAndHistoryTroubleNeverStopsIngestion() {
        engine.ingest(thermostat("t1", 1, 20.0));
        history.refuseAppends(new IllegalStateException("disk full"));
        engine.ingest(thermostat("t1", 2, 75.0));
        boundHistory.set(null);
        engine.ingest(thermostat("t1", 3, 76.0));

        assertEquals(1, history.readings().size());
        assertEquals(1, engine.historyFailures());
        assertEquals(3, engine.stats().readings());
        assertEquals(1, outbox.faults().size(), "the rules still saw the reading history refused");
    }

    @Test
    void aDeviceThatFallsSilentIsRaisedByTheClock() {
        repository.apply(List.of(rule("silent").silentFor(60).build()), "ann", "watch silence");
        engine.ingest(thermostat("t1", 0, 20.0));

        engine.advanceTo(at(30));
        assertTrue(outbox.faults().isEmpty());
        engine.advanceTo(at(61));

        assertEquals("silent", outbox.faults().get(0).ruleId());
        assertEquals(1, engine.stats().faultsRaised());
    }

    @Test
    void theClockThreadAdvancesEventTimeUntilStopped() throws Exception {
        repository.apply(List.of(rule("silent").silentFor(60).build()), "ann", "watch silence");
        engine.ingest(thermostat("t1", 0, 20.0));
        Clock clock = Clock.fixed(at(70), ZoneOffset.UTC);

        engine.startClock(clock, Duration.ofMillis(10), Duration.ofSeconds(5));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (outbox.faults().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            engine.stop();
        }

        assertEquals(1, outbox.faults().size(), "70 s minus 5 s of lateness is past 60 s of silence");
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (clockThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(clockThreadAlive(), "stop ends the engine-clock thread");
    }

    @Test
    void liveSeriesKeepTheMostRecentPointsOfEachMeasurement() {
        for (int i = 0; i < 150; i++) {
            engine.ingest(new Reading("t1", "Thermostat", Instant.ofEpochSecond(i),
                    Map.of("Temperature", 20.0 + i, "Humidity", 40.0)));
        }

        assertEquals(List.of("Humidity", "Temperature"), engine.live().measurements("t1"));
        SeriesSnapshot all = engine.live().snapshot("t1", "Temperature", 1000);
        assertEquals(100, all.size(), "the ring holds its capacity");
        assertEquals(50_000L, all.times()[0]);
        assertEquals(169.0, all.lastValue());
        assertTrue(engine.live().snapshot("t1", "Temperature", 10).size() <= 20);
        assertEquals(0, engine.live().snapshot("t1", "Pressure", 10).size());
        assertTrue(engine.live().measurements("unknown").isEmpty());
    }

    @Test
    void aStoppedEngineSaysSoAndTakesNoMoreReadings() {
        engine.stop();
        engine.ingest(thermostat("t1", 1, 75.0));

        assertFalse(engine.stats().running());
        assertEquals(0, engine.stats().readings());
        assertTrue(outbox.faults().isEmpty());
    }

    @Test
    void closingTheSubscriptionStopsFollowingTheRepository() throws Exception {
        ThresholdEngine other = new ThresholdEngine(new RuleEvaluator(), outbox, nanos::get, new LiveSeries(10),
                () -> null);
        AutoCloseable subscription = other.follow(repository);
        assertEquals(2, repository.subscribers());

        subscription.close();

        assertEquals(1, repository.subscribers());
    }

    private static boolean clockThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals(ThresholdEngine.CLOCK_THREAD_NAME));
    }
}
