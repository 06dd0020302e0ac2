package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FleetRunnerTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration FAST = Duration.ofMillis(5);

    private FleetRunner runner;

    @AfterEach
    void stopRunner() {
        if (runner != null) {
            runner.stop();
        }
    }

    private static TelemetrySink readings(Consumer<Reading> consumer) {
        return new TelemetrySink() {
            @Override
            public void reading(Reading reading) {
                consumer.accept(reading);
            }

            @Override
            public void message(SimulatedMessage message) {
            }
        };
    }

    /**
     * A started runner whose ticker made its first tick (the readings at START) and then waits a day, so the test
     * drives the ticks with a clock it moves by hand.
     */
    private FleetRunner startedByHand(MutableClock clock, Consumer<Reading> consumer) {
        FleetRunner r = new FleetRunner(DemoFleet.create(42, START, SECOND), readings(consumer), clock,
                Duration.ofDays(1));
        r.start();
        awaitAttempts(r, 25);
        return r;
    }

    private static void awaitAttempts(FleetRunner r, long attempts) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (r.counter().delivered() + r.counter().errors() < attempts && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(attempts, r.counter().delivered() + r.counter().errors(), "readings of the first tick");
    }

    @Test
    void eachSimulatedSecondDeliversOneReadingPerDeviceStampedInSimulatedTime() {
        MutableClock clock = new MutableClock(START);
        List<Reading> received = new CopyOnWriteArrayList<>();
        runner = startedByHand(clock, received::add);
        received.clear();

        clock.advance(Duration.ofMillis(1500));
        int accepted = runner.tickOnce();

        assertEquals(25, accepted, "the readings at +0 s went with the first tick, these are the ones at +1 s");
        assertTrue(received.stream().allMatch(r -> r.time().equals(START.plusSeconds(1))), received.toString());
    }

    @Test
    void aThrowingReceiverLosesOnlyTheReadingItRejected() {
        MutableClock clock = new MutableClock(START);
        List<Reading> received = new CopyOnWriteArrayList<>();
        runner = startedByHand(clock, r -> {
            if (r.deviceId().equals("pump-02")) {
                throw new IllegalStateException("database is closed");
            }
            received.add(r);
        });
        received.clear();

        clock.advance(SECOND);
        assertEquals(24, runner.tickOnce());
        clock.advance(SECOND);
        assertEquals(24, runner.tickOnce());
        assertEquals(48, received.size());
        assertTrue(runner.counter().errors() >= 2);
    }

    @Test
    void pauseFreezesSimulatedTimeAndSpeedStretchesIt() {
        MutableClock clock = new MutableClock(START);
        List<Reading> received = new CopyOnWriteArrayList<>();
        runner = startedByHand(clock, received::add);

        runner.pause();
        clock.advance(Duration.ofSeconds(30));
        received.clear();
        runner.tickOnce();
        assertEquals(SimulatorRunState.PAUSED, runner.state());
        assertEquals(0, received.size(), "nothing is sent while paused");

        runner.start();
        runner.setSpeed(10);
        clock.advance(SECOND);
        runner.tickOnce();
        assertEquals(10 * 25, received.size(), "one wall second at 10x is ten simulated seconds");
        assertEquals(START.plusSeconds(10), runner.simulatedNow(), "the pause did not count");
    }

    @Test
    void afterAStallTheGapIsSkippedInsteadOfSentAsOneBurst() {
        MutableClock clock = new MutableClock(START);
        AtomicInteger delivered = new AtomicInteger();
        runner = startedByHand(clock, r -> delivered.incrementAndGet());
        delivered.set(0);

        clock.advance(Duration.ofHours(1));
        runner.tickOnce();

        assertTrue(delivered.get() <= 25 * 2, delivered.get() + " readings after a one-hour stall");
    }

    @Test
    void theTickerKeepsRunningWhenTheReceiverThrowsEveryTime() throws InterruptedException {
        CountDownLatch attempts = new CountDownLatch(25 * 4);
        runner = new FleetRunner(DemoFleet.create(42, Instant.now(), FAST), readings(r -> {
            attempts.countDown();
            throw new IllegalStateException("ingestion down");
        }), Clock.systemUTC(), FAST);

        runner.start();

        assertTrue(attempts.await(5, TimeUnit.SECONDS), "ticks stopped after the first failure");
    }

    @Test
    void stopWaitsForTheTickInFlightAndTicksRunOnTheNamedThread() throws InterruptedException {
        AtomicInteger delivered = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch firstTick = new CountDownLatch(1);
        runner = new FleetRunner(DemoFleet.create(42, Instant.now(), FAST), readings(r -> {
            threads.add(Thread.currentThread().getName());
            delivered.incrementAndGet();
            firstTick.countDown();
        }), Clock.systemUTC(), FAST);
        runner.start();
        assertTrue(firstTick.await(5, TimeUnit.SECONDS));

        runner.stop();

        assertFalse(runner.isRunning());
        int afterStop = delivered.get();
        Thread.sleep(50);
        assertEquals(afterStop, delivered.get(), "readings after stop");
        assertTrue(threads.stream().allMatch(FleetRunner.THREAD_NAME::equals));
    }

    @Test
    void aStoppedSimulatorStartsAgainAtTheWallClockWithoutReplayingTheGap() {
        MutableClock clock = new MutableClock(START);
        List<Reading> received = new CopyOnWriteArrayList<>();
        runner = startedByHand(clock, received::add);
        runner.stop();

        clock.advance(Duration.ofMinutes(5));
        runner.start();
        awaitAttempts(runner, 50);
        received.clear();
        clock.advance(SECOND);
        runner.tickOnce();

        assertTrue(runner.isRunning());
        assertEquals(25, received.size());
        assertTrue(received.stream().allMatch(r -> r.time().equals(START.plusSeconds(301))), received.toString());
    }
}
