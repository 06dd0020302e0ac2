package org.connectedservice.ui.telemetry.internal.bench;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.TelemetryIngestion;

/**
 * Feeds the live engine a steady stream: a fleet of thermostats, each sending Temperature and Humidity once a
 * second, paced in 10 ms slices on its own thread, so the rate holds whatever the UI does.
 */
final class LiveStream implements AutoCloseable {

    static final int SLICE_MILLIS = 10;

    private final TelemetryIngestion ingestion;
    private final int devices;
    private final int perSecond;
    private final AtomicLong sent = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    LiveStream(TelemetryIngestion ingestion, int devices, int perSecond) {
        this.ingestion = ingestion;
        this.devices = devices;
        this.perSecond = perSecond;
        this.thread = Thread.ofPlatform().daemon().name("ui-bench-stream").start(this::stream);
    }

    static String deviceId(int index) {
        return String.format("live-%05d", index);
    }

    private void stream() {
        SplittableRandom random = new SplittableRandom(11);
        long start = System.nanoTime();
        int next = 0;
        while (running) {
            long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
            Instant now = Instant.now();
            while (sent.get() < due && running) {
                double temperature = 62 + random.nextGaussian() * 2;
                ingestion.ingest(new Reading(deviceId(next), "Thermostat", now, Map.of("Temperature", temperature,
                        "Humidity", 40 + random.nextGaussian())));
                next = (next + 1) % devices;
                sent.incrementAndGet();
            }
            LockSupport.parkNanos(SLICE_MILLIS * 1_000_000L);
        }
    }

    long sent() {
        return sent.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
