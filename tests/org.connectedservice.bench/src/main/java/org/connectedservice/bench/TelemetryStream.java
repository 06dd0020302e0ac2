package org.connectedservice.bench;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

import org.connectedservice.core.model.Reading;

/**
 * The generated, already-decoded stream both engines get: a fleet of thermostats reporting Temperature once a
 * second, in time order (second by second, device by device). Around a 50 °F baseline with noise, a device now and
 * then runs hot for 20 to 80 s (+20 °F), and rarely sends a one-reading spike; the same seed gives the same stream.
 */
final class TelemetryStream {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final String DEVICE_TYPE = "Thermostat";
    static final String MEASUREMENT = "Temperature";

    private static final double BASELINE = 50;
    private static final double NOISE = 2;
    private static final double HOT_OFFSET = 20;
    private static final double HOT_STARTS_PER_SECOND = 1.0 / 1800;
    private static final int HOT_MIN_SECONDS = 20;
    private static final int HOT_MAX_SECONDS = 80;
    private static final double SPIKE_CHANCE = 1e-4;

    private TelemetryStream() {
    }

    static String deviceId(int device) {
        return String.format("thermostat-%05d", device);
    }

    /** devices x seconds readings, oldest first. */
    static Reading[] generate(int devices, int seconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ids = new String[devices];
        int[] hotUntil = new int[devices];
        for (int d = 0; d < devices; d++) {
            ids[d] = deviceId(d);
            hotUntil[d] = -1;
        }
        Reading[] readings = new Reading[devices * seconds];
        int i = 0;
        for (int s = 0; s < seconds; s++) {
            Instant time = START.plusSeconds(s);
            for (int d = 0; d < devices; d++) {
                if (hotUntil[d] < s && random.nextDouble() < HOT_STARTS_PER_SECOND) {
                    hotUntil[d] = s + random.nextInt(HOT_MIN_SECONDS, HOT_MAX_SECONDS + 1);
                }
                double value = BASELINE + NOISE * gaussian(random) + (s <= hotUntil[d] ? HOT_OFFSET : 0);
                if (random.nextDouble() < SPIKE_CHANCE) {
                    value = 60 + 100 * random.nextDouble();
                }
                readings[i++] = new Reading(ids[d], DEVICE_TYPE, time, Map.of(MEASUREMENT, round(value)));
            }
        }
        return readings;
    }

    /** Two decimals, as devices send them; it also keeps both engines' sums exact enough to agree on averages. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
