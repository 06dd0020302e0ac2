package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FleetRunnerTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-03-01T08:00:00.123456Z"), ZoneOffset.UTC);
    private static final Duration FAST = Duration.ofMillis(5);

    private FleetRunner runner;

    @AfterEach
    void stopRunner() {
        if (runner != null) {
            runner.stop();
        }
    }

    @Test
    void aTickDeliversOneReadingPerDeviceStampedWithTheClock() {
        List<Reading> received = new CopyOnWriteArrayList<>();
        runner = new FleetRunner(new DemoFleet(42), received::add, FIXED, Duration.ofSeconds(1));

        assertEquals(25, runner.tickOnce());

        assertEquals(25, received.size());
        assertEquals(25, received.stream().map(Reading::deviceId).distinct().count());
        assertTrue(received.stream().allMatch(r -> r.time().equals(Instant.parse("2025-03-01T08:00:00.123Z"))));
    }

    @Test
    void aThrowingConsumerLosesOnlyTheReadingItRejected() {
        List<Reading> received = new CopyOnWriteArrayList<>();
        Consumer<Reading> failsForPump = r -> {
            if (r.deviceId().equals("pump-02")) {
                throw new IllegalStateException("database is closed");
            }
            received.add(r);
        };
        runner = new FleetRunner(new DemoFleet(42), failsForPump, FIXED, Duration.ofSeconds(1));

        assertEquals(24, runner.tickOnce());
        assertEquals(24, runner.tickOnce());
        assertEquals(48, received.size());
    }

    @Test
    void theTickerKeepsRunningWhenIngestionThrowsEveryTime() throws InterruptedException {
        CountDownLatch attempts = new CountDownLatch(25 * 4);
        runner = new FleetRunner(new DemoFleet(42), r -> {
            attempts.countDown();
            throw new IllegalStateException("ingestion down");
        }, Clock.systemUTC(), FAST);

        runner.start();

        assertTrue(attempts.await(5, TimeUnit.SECONDS), "ticks stopped after ingestion threw");
        assertTrue(runner.isRunning());
    }

    @Test
    void startTicksOnTheDeviceSimulatorThreadAndStopEndsTheTicks() throws InterruptedException {
        CountDownLatch threeTicks = new CountDownLatch(25 * 3);
        AtomicInteger delivered = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        runner = new FleetRunner(new DemoFleet(42), r -> {
            threads.add(Thread.currentThread().getName());
            delivered.incrementAndGet();
            threeTicks.countDown();
        }, Clock.systemUTC(), FAST);
        assertFalse(runner.isRunning());

        runner.start();
        runner.start();
        assertTrue(runner.isRunning());
        assertTrue(threeTicks.await(5, TimeUnit.SECONDS));
        runner.stop();

        assertFalse(runner.isRunning());
        int afterStop = delivered.get();
        assertEquals(0, afterStop % 25, "stop waits for the tick in flight to finish");
        Thread.sleep(50);
        assertEquals(afterStop, delivered.get(), "readings after stop");
        assertTrue(threads.stream().allMatch(FleetRunner.THREAD_NAME::equals));
    }

    @Test
    void aStoppedSimulatorCanBeStartedAgain() throws InterruptedException {
        AtomicInteger delivered = new AtomicInteger();
        runner = new FleetRunner(new DemoFleet(42), r -> delivered.incrementAndGet(), Clock.systemUTC(), FAST);
        runner.stop();

        runner.start();
        runner.stop();
        int afterFirstRun = delivered.get();
        runner.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (delivered.get() == afterFirstRun && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        assertTrue(runner.isRunning());
        assertTrue(delivered.get() > afterFirstRun);
    }
}
