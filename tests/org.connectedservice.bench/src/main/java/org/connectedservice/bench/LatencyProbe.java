package org.connectedservice.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.service.FaultOutbox;
import org.connectedservice.engine.internal.LiveSeries;
import org.connectedservice.engine.internal.ThresholdEngine;
import org.connectedservice.engine.internal.eval.RuleEvaluator;

/**
 * Ingest-to-fault latency at a paced rate: readings go into the engine (TelemetryIngestion, as the simulator feeds
 * it) on a fixed schedule, and a fault's latency runs from its reading's scheduled time to the moment the engine
 * hands it to the outbox. Measuring from the schedule, not from the call, counts the wait a slow call causes the
 * readings behind it. Event time is moved on once a second, trailing the readings as the console's engine clock
 * does, so a device's window closes with its own next reading. The outbox only notes the time: this is the
 * engine's latency, not the database's.
 */
final class LatencyProbe {

    static final int LIVE_POINTS = 60;
    /** The console's engine clock trails event time by ingestion's lateness tolerance (EngineService.LATENESS). */
    static final Duration CLOCK_LAG = IngestSettings.DEFAULT_LATENESS;

    private LatencyProbe() {
    }

    /**
     * The 99th percentile in microseconds, or NaN when no fault came. The first warmup readings go in unpaced (the
     * fleet comes online, the JIT compiles), the next events at the rate; only those are measured.
     */
    static double p99Micros(Scenario scenario, int rules, Reading[] stream, int warmup, int events,
            int ratePerSecond) {
        RecordingOutbox outbox = new RecordingOutbox();
        ThresholdEngine engine = new ThresholdEngine(new RuleEvaluator(), outbox, System::nanoTime,
                new LiveSeries(LIVE_POINTS), () -> null);
        engine.applyRules(new RuleSetVersion(1, Instant.EPOCH, "bench", "bench", scenario.rules(rules)));
        int end = Math.min(stream.length, warmup + events);
        long period = 1_000_000_000L / ratePerSecond;
        long start = 0;
        long second = Long.MIN_VALUE;
        for (int i = 0; i < end; i++) {
            Reading reading = stream[i];
            if (i == warmup) {
                outbox.count = 0;
                start = System.nanoTime() + 1_000_000;
            }
            if (i >= warmup) {
                long due = start + (i - warmup) * period;
                while (System.nanoTime() - due < 0) {
                    Thread.onSpinWait();
                }
                outbox.due = due;
            } else {
                outbox.due = System.nanoTime();
            }
            long time = reading.time().toEpochMilli();
            if (time != second) {
                engine.advanceTo(reading.time().minus(CLOCK_LAG));
                second = time;
            }
            engine.ingest(reading);
        }
        engine.stop();
        if (outbox.count == 0) {
            return Double.NaN;
        }
        long[] latencies = Arrays.copyOf(outbox.latencies, outbox.count);
        Arrays.sort(latencies);
        return latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1000.0;
    }

    /** Notes when each fault arrived; nothing is stored, as if the database were infinitely fast. */
    private static final class RecordingOutbox implements FaultOutbox {

        long due;
        long[] latencies = new long[1024];
        int count;

        @Override
        public void append(List<Fault> faults) {
            long now = System.nanoTime();
            for (int i = 0; i < faults.size(); i++) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = now - due;
            }
        }

        @Override
        public List<OutboxEntry> claim(int max, Instant now) {
            return List.of();
        }

        @Override
        public void ack(long entryId) {
        }

        @Override
        public void fail(long entryId, String reason, Instant now) {
        }

        @Override
        public long depth() {
            return 0;
        }

        @Override
        public long deadLettered() {
            return 0;
        }
    }
}
