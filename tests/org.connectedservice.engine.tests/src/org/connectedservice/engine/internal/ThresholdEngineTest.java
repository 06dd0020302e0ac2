package org.connectedservice.engine.internal;

import static org.connectedservice.engine.internal.InstantThresholdEvaluatorTest.reading;
import static org.connectedservice.engine.internal.InstantThresholdEvaluatorTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;
import org.junit.jupiter.api.Test;

class ThresholdEngineTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong nanos = new AtomicLong(5_000 * MS);
    private final InMemoryFaultOutbox outbox = new InMemoryFaultOutbox();
    private final AtomicReference<List<ThresholdRule>> rules = new AtomicReference<>(
            List.of(rule("thermostat-temperature-gt", 1, "Thermostat", "Temperature", 70.0)));
    private final ThresholdEngine engine = new ThresholdEngine(new InstantThresholdEvaluator(), outbox, rules::get,
            nanos::get, new LiveSeries(100));

    @Test
    void faultsReachTheOutboxAndTheStatsCountThem() {
        engine.ingest(thermostat(1, 65.0));
        engine.ingest(thermostat(2, 75.0));
        engine.ingest(thermostat(3, 76.0));
        engine.ingest(thermostat(4, 60.0));

        assertEquals(List.of(FaultKind.RAISED, FaultKind.CLEARED),
                outbox.faults().stream().map(f -> f.kind()).toList());
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
        engine.ingest(thermostat(1, Double.NaN));
        engine.ingest(thermostat(2, Double.POSITIVE_INFINITY));
        engine.ingest(thermostat(3, 75.0));

        EngineStats stats = engine.stats();
        assertEquals(4, stats.rejected());
        assertEquals(1, stats.readings());
        assertEquals(1, stats.faultsRaised());
        assertEquals(1, engine.live().snapshot("t1", "Temperature", 10).size(), "rejected values are not charted");
    }

    @Test
    void eventsPerSecondFollowTheRecentRate() {
        for (int i = 0; i < 100; i++) {
            nanos.addAndGet(100 * MS);
            engine.ingest(thermostat(i, 20.0));
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
        engine.ingest(thermostat(1, 75.0));
        assertEquals(0, engine.stats().outboxDepth(), "the cached depth is at most 250 ms old");
        nanos.addAndGet(250 * MS);
        assertEquals(1, engine.stats().outboxDepth());
    }

    @Test
    void faultsTheOutboxRefusedGoOutWithTheNextReading() {
        outbox.refuseAppends(new IllegalStateException("database is locked"));
        engine.ingest(thermostat(1, 75.0));

        assertEquals(1, engine.appendFailures());
        assertEquals(1, engine.unsentFaults());
        assertEquals(0, engine.stats().faultsRaised(), "not emitted until the outbox took it");
        assertEquals(1, engine.live().snapshot("t1", "Temperature", 10).size(), "live data is kept");

        outbox.refuseAppends(null);
        engine.ingest(thermostat(2, 76.0));

        assertEquals(1, outbox.faults().size());
        assertEquals(0, engine.unsentFaults());
        assertEquals(1, engine.stats().faultsRaised());
    }

    @Test
    void changedRulesAreTakenInWithinASecond() {
        engine.ingest(reading("p1", "Pump", 1, "Pressure", 9.0));
        rules.set(List.of(rule("pump-pressure-gt", 1, "Pump", "Pressure", 8.5)));

        nanos.addAndGet(500 * MS);
        engine.ingest(reading("p1", "Pump", 2, "Pressure", 9.0));
        assertTrue(outbox.faults().isEmpty(), "rules are looked at no more than once a second");

        nanos.addAndGet(500 * MS);
        engine.ingest(reading("p1", "Pump", 3, "Pressure", 9.0));
        assertEquals(1, outbox.faults().size());
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
        engine.ingest(thermostat(1, 75.0));

        assertFalse(engine.stats().running());
        assertEquals(0, engine.stats().readings());
        assertTrue(outbox.faults().isEmpty());
    }

    private static Reading thermostat(int second, double temperature) {
        return reading("t1", "Thermostat", second, "Temperature", temperature);
    }
}
