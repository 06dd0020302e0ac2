package org.connectedservice.simulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The simulator's start-up knobs, read from system properties so UI tests can pin the seed, speed up the ticks or
 * keep the simulator stopped. A malformed value falls back to its default with a warning that names the property.
 */
public record SimulatorSettings(long seed, Duration period, boolean autostart, List<String> warnings) {

    public static final String SEED = "connectedservice.simulator.seed";
    public static final String PERIOD_MILLIS = "connectedservice.simulator.periodMillis";
    public static final String AUTOSTART = "connectedservice.simulator.autostart";

    static final long DEFAULT_SEED = 42;
    static final long DEFAULT_PERIOD_MILLIS = 1000;

    public SimulatorSettings {
        warnings = List.copyOf(warnings);
    }

    public static SimulatorSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    public static SimulatorSettings from(UnaryOperator<String> properties) {
        List<String> warnings = new ArrayList<>();
        long seed = DEFAULT_SEED;
        String seedText = properties.apply(SEED);
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText.strip());
            } catch (NumberFormatException e) {
                warnings.add(SEED + "='" + seedText + "' is not a whole number; using seed " + DEFAULT_SEED);
            }
        }
        long periodMillis = DEFAULT_PERIOD_MILLIS;
        String periodText = properties.apply(PERIOD_MILLIS);
        if (periodText != null) {
            try {
                periodMillis = Long.parseLong(periodText.strip());
            } catch (NumberFormatException e) {
                periodMillis = -1;
            }
            if (periodMillis < 1) {
                warnings.add(PERIOD_MILLIS + "='" + periodText + "' is not a positive number of milliseconds; using "
                        + DEFAULT_PERIOD_MILLIS);
                periodMillis = DEFAULT_PERIOD_MILLIS;
            }
        }
        boolean autostart = true;
        String autostartText = properties.apply(AUTOSTART);
        if (autostartText != null) {
            switch (autostartText.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> autostart = true;
                case "false" -> autostart = false;
                default -> warnings.add(AUTOSTART + "='" + autostartText + "' must be true or false; using true");
            }
        }
        return new SimulatorSettings(seed, Duration.ofMillis(periodMillis), autostart, warnings);
    }
}
