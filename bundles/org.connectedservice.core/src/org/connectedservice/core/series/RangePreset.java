package org.connectedservice.core.series;

import java.time.Duration;

/** The time ranges a chart offers with one click, each showing the latest readings. */
public enum RangePreset {
    LAST_5_MINUTES("5 min", Duration.ofMinutes(5)),
    LAST_HOUR("1 h", Duration.ofHours(1)),
    LAST_24_HOURS("24 h", Duration.ofHours(24)),
    LAST_7_DAYS("7 d", Duration.ofDays(7));

    private final String label;
    private final Duration span;

    RangePreset(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    public Duration span() {
        return span;
    }
}
