package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.connectedservice.core.backtest.LabelledIncident;

/**
 * An hour of 1 Hz Temperature from five thermostats, against the default rule Temperature > 70: t1, t2 and t4 sit
 * at 65; t3 hovers around 70 (between 69.4 and 70.6), so a threshold of 70 flaps on it; t5 has a real incident, a
 * climb from 72 to 90 over the 15 minutes from minute 30, then drops back to 65.
 */
final class HourOfThermostats {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(1));
    static final Instant INCIDENT_START = START.plus(Duration.ofMinutes(30));
    static final Instant INCIDENT_END = INCIDENT_START.plus(Duration.ofMinutes(15));
    static final double HOVER_MAX = 70.6;
    static final int SECONDS = 3600;

    private HourOfThermostats() {
    }

    static MemoryHistory history() {
        MemoryHistory h = new MemoryHistory();
        Random random = new Random(7);
        for (int s = 0; s < SECONDS; s++) {
            long t = START.plusSeconds(s).toEpochMilli();
            h.add("t1", "Thermostat", "Temperature", t, 65 + random.nextDouble() * 0.5);
            h.add("t2", "Thermostat", "Temperature", t, 65 + random.nextDouble() * 0.5);
            h.add("t3", "Thermostat", "Temperature", t, 69.4 + random.nextDouble() * 1.2);
            h.add("t4", "Thermostat", "Temperature", t, 65 + random.nextDouble() * 0.5);
            h.add("t5", "Thermostat", "Temperature", t, t5(s));
            h.add("t1", "Thermostat", "Humidity", t, 40);
        }
        return h;
    }

    static double t5(int second) {
        int intoIncident = second - 30 * 60;
        return intoIncident >= 0 && intoIncident < 900 ? 72 + 18.0 * intoIncident / 900 : 65;
    }

    static LabelledIncident incident() {
        return new LabelledIncident("t5", "Temperature", INCIDENT_START, INCIDENT_END);
    }
}
