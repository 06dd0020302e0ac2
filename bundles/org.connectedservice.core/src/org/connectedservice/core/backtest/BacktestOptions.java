package org.connectedservice.core.backtest;

import java.time.Duration;
import java.util.List;

/**
 * How a backtest judges the faults: a raise cleared within flapWindow counts as a flap; incidents, when given, are
 * the yardstick for detection delay; at most maxListedChanges appearing and disappearing alerts are listed each
 * (their counts are always complete).
 */
public record BacktestOptions(Duration flapWindow, List<LabelledIncident> incidents, int maxListedChanges) {

    public static final Duration DEFAULT_FLAP_WINDOW = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_LISTED_CHANGES = 1000;

    public BacktestOptions {
        flapWindow = flapWindow == null ? DEFAULT_FLAP_WINDOW : flapWindow;
        if (flapWindow.isNegative()) {
            throw new IllegalArgumentException("the flap window must not be negative, got " + flapWindow);
        }
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        maxListedChanges = maxListedChanges <= 0 ? DEFAULT_MAX_LISTED_CHANGES : maxListedChanges;
    }

    public static BacktestOptions defaults() {
        return new BacktestOptions(DEFAULT_FLAP_WINDOW, List.of(), DEFAULT_MAX_LISTED_CHANGES);
    }

    public static BacktestOptions flapWindow(Duration window) {
        return new BacktestOptions(window, List.of(), DEFAULT_MAX_LISTED_CHANGES);
    }

    public BacktestOptions withIncidents(List<LabelledIncident> labelled) {
        return new BacktestOptions(flapWindow, labelled, maxListedChanges);
    }
}
