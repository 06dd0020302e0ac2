package org.connectedservice.ui.rules.internal;

import java.time.Duration;

/** How far back a backtest replays, ending when its readings were loaded. */
public enum HistoryRange {
    LAST_HOUR("Last hour", Duration.ofHours(1)), LAST_DAY("Last 24 hours", Duration.ofDays(1)),
    LAST_WEEK("Last 7 days", Duration.ofDays(7)), LAST_30_DAYS("Last 30 days", Duration.ofDays(30));

    private final String label;
    private final Duration length;

    HistoryRange(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }
}
