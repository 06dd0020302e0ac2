package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.internal.fleet.Delivery;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;

/**
 * Runs a fleet live: a daemon thread wakes every tick period and moves the fleet's simulated clock to where the
 * wall clock and the speed factor say. A receiver that throws costs only that message; the ticker keeps going,
 * because a scheduled task that throws is never run again.
 */
public final class FleetRunner {

    public static final String THREAD_NAME = "device-simulator";

    private static final System.Logger LOG = System.getLogger(FleetRunner.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);
    // after a stall (a laptop asleep) the gap is skipped rather than sent as one enormous burst
    private static final Duration MAX_CATCH_UP = Duration.ofSeconds(10);

    private final SimulationClock clock;
    private final DeliveryCounter counter;
    private final Duration tickPeriod;
    private volatile Fleet fleet;
    private SimulatorRunState state = SimulatorRunState.STOPPED;
    private ScheduledExecutorService ticker;
    private Thread tickerThread;
    private int consecutiveFailingTicks;

    public FleetRunner(Fleet fleet, TelemetrySink receiver, Clock wallClock, Duration tickPeriod) {
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.clock = new SimulationClock(Objects.requireNonNull(wallClock, "wallClock"));
        this.counter = new DeliveryCounter(Objects.requireNonNull(receiver, "receiver"));
        this.tickPeriod = Objects.requireNonNull(tickPeriod, "tickPeriod");
        if (tickPeriod.isNegative() || tickPeriod.isZero()) {
            throw new IllegalArgumentException("the tick period must be positive, got " + tickPeriod);
        }
    }

    public Fleet fleet() {
        return fleet;
    }

    /** The new fleet continues on this runner's simulated clock. */
    public void useFleet(Fleet newFleet) {
        newFleet.skipTo(clock.now());
        fleet = newFleet;
    }

    public synchronized SimulatorRunState state() {
        return state;
    }

    public synchronized boolean isRunning() {
        return state == SimulatorRunState.RUNNING;
    }

    public synchronized void start() {
        if (state == SimulatorRunState.RUNNING) {
            return;
        }
        if (state == SimulatorRunState.STOPPED) {
            Instant from = clock.wallNow().isAfter(clock.now()) ? clock.wallNow() : clock.now();
            fleet.skipTo(from);
            clock.runFrom(from);
        } else {
            clock.runFrom(clock.now());
        }
        state = SimulatorRunState.RUNNING;
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = Thread.ofPlatform().daemon().name(THREAD_NAME).unstarted(runnable);
                tickerThread = thread;
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tickSafely, 0, tickPeriod.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void pause() {
        if (state == SimulatorRunState.RUNNING) {
            clock.pause();
            state = SimulatorRunState.PAUSED;
        }
    }

    /**
     * Returns once no tick is delivering any more, so a caller may close what the receiver writes to. The ticker is
     * not interrupted: an interrupt in the middle of a database write can close the database's file channel.
     */
    public void stop() {
        ScheduledExecutorService stopping;
        Thread stoppingThread;
        synchronized (this) {
            clock.pause();
            state = SimulatorRunState.STOPPED;
            stopping = ticker;
            stoppingThread = tickerThread;
            ticker = null;
            tickerThread = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        if (Thread.currentThread() == stoppingThread) {
            return;
        }
        try {
            if (!stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "The device simulator was still delivering a tick {0} after stop", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public double speed() {
        return clock.speed();
    }

    public void setSpeed(double factor) {
        clock.setSpeed(factor);
    }

    public Instant simulatedNow() {
        return clock.now();
    }

    DeliveryCounter counter() {
        return counter;
    }

    /** Sends what fell due up to the simulated now; returns how many messages the receiver accepted. */
    public int tickOnce() {
        Fleet current = fleet;
        Instant target = clock.now();
        Duration behind = Duration.between(current.now(), target);
        if (behind.toMillis() > MAX_CATCH_UP.toMillis() * clock.speed()) {
            LOG.log(Level.INFO, "The device simulator fell {0} behind; skipping the gap", behind);
            current.skipTo(target);
        }
        long before = counter.delivered();
        // what falls due at this very millisecond goes out now, not one tick late
        Delivery delivery = current.advanceTo(target.plusMillis(1));
        delivery.deliverTo(counter);
        counter.sample(clock.wallNow().toEpochMilli());
        int accepted = (int) (counter.delivered() - before);
        report(delivery.size() - accepted, delivery.size(), counter.takeLastFailure());
        return accepted;
    }

    // logs once when the receiver starts failing and once when it recovers, not 25 stack traces a second
    private void report(int rejected, int total, RuntimeException failure) {
        if (rejected > 0) {
            Level level = consecutiveFailingTicks++ == 0 ? Level.WARNING : Level.DEBUG;
            LOG.log(level, "The receiver rejected " + rejected + " of " + total
                    + " simulated messages; the simulator keeps ticking", failure);
        } else if (consecutiveFailingTicks > 0) {
            LOG.log(Level.INFO, "The receiver accepts simulated messages again after {0} failing ticks",
                    consecutiveFailingTicks);
            consecutiveFailingTicks = 0;
        }
    }

    private void tickSafely() {
        try {
            tickOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A simulator tick failed; the next tick will try again", e);
        }
    }
}
