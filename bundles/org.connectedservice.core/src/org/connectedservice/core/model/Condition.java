package org.connectedservice.core.model;

import java.time.Duration;
import java.util.Locale;

/**
 * The test a rule applies. threshold is the limit (the lower edge for bands, units per minute for a rate);
 * upper is the band's upper edge (NaN otherwise); silence is how long NO_DATA waits (null otherwise).
 */
public record Condition(ConditionKind kind, double threshold, double upper, Duration silence) {

    public Condition {
        if ((kind == ConditionKind.OUTSIDE_BAND || kind == ConditionKind.INSIDE_BAND)
                && !(upper >= threshold)) {
            throw new IllegalArgumentException("a band needs upper >= lower, got " + threshold + ".." + upper);
        }
        if (kind == ConditionKind.NO_DATA && (silence == null || silence.isNegative() || silence.isZero())) {
            throw new IllegalArgumentException("a no-data condition needs a positive silence duration");
        }
    }

    public static Condition of(ConditionKind kind, double threshold) {
        return new Condition(kind, threshold, Double.NaN, null);
    }

    public static Condition band(ConditionKind kind, double lower, double upper) {
        return new Condition(kind, lower, upper, null);
    }

    public static Condition noData(Duration silence) {
        return new Condition(ConditionKind.NO_DATA, 0, Double.NaN, silence);
    }

    /**
     * Whether a value breaks the condition; for RATE_OF_CHANGE the value is the rate per minute. NO_DATA is decided
     * by time, not by values, so no value breaks it.
     */
    public boolean isBrokenBy(double value) {
        return switch (kind) {
            case GREATER_THAN -> value > threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case LESS_THAN -> value < threshold;
            case LESS_OR_EQUAL -> value <= threshold;
            case OUTSIDE_BAND -> value < threshold || value > upper;
            case INSIDE_BAND -> value >= threshold && value <= upper;
            case RATE_OF_CHANGE -> Math.abs(value) > threshold;
            case NO_DATA -> false;
        };
    }

    /** How the condition reads in a table or a tooltip, e.g. "> 70" or "outside 2..8". */
    public String text() {
        return switch (kind) {
            case OUTSIDE_BAND, INSIDE_BAND -> kind.symbol() + " " + num(threshold) + ".." + num(upper);
            case RATE_OF_CHANGE -> "changes faster than " + num(threshold) + "/min";
            case NO_DATA -> "no data for " + silence.toSeconds() + " s";
            default -> kind.symbol() + " " + num(threshold);
        };
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
