package org.connectedservice.simulator.internal;

import java.time.Clock;
import java.time.Instant;

/** Simulated time that follows the wall clock at a speed factor, and stands still while paused. Thread-safe. */
final class SimulationClock {

    static final double MIN_SPEED = 0.1;
    static final double MAX_SPEED = 100;

    private final Clock wall;
    private double speed = 1;
    private long simulatedAnchor;
    private long wallAnchor;
    private boolean paused = true;

    SimulationClock(Clock wall) {
        this.wall = wall;
        this.simulatedAnchor = wall.millis();
        this.wallAnchor = simulatedAnchor;
    }

    synchronized Instant now() {
        return Instant.ofEpochMilli(nowMillis());
    }

    private long nowMillis() {
        return paused ? simulatedAnchor : simulatedAnchor + Math.round((wall.millis() - wallAnchor) * speed);
    }

    /** Runs on from simulated time from; never backwards. */
    synchronized void runFrom(Instant from) {
        simulatedAnchor = Math.max(nowMillis(), from.toEpochMilli());
        wallAnchor = wall.millis();
        paused = false;
    }

    synchronized void pause() {
        simulatedAnchor = nowMillis();
        paused = true;
    }

    synchronized double speed() {
        return speed;
    }

    synchronized void setSpeed(double factor) {
        if (!(factor >= MIN_SPEED && factor <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed " + factor + "x is out of range: use " + MIN_SPEED + " to "
                    + (int) MAX_SPEED);
        }
        simulatedAnchor = nowMillis();
        wallAnchor = wall.millis();
        speed = factor;
    }

    Instant wallNow() {
        return wall.instant();
    }
}
