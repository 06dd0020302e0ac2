package org.connectedservice.engine.internal.eval;

import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;

/**
 * A rule's condition and hysteresis as plain numbers, so the hot path compares doubles instead of walking records.
 * Clearing mirrors breaking with the clear threshold in place of the threshold: a greater-than-70 rule with clear
 * threshold 65 clears at 65 or below. A band has two edges but one clear threshold, so for bands it is a margin:
 * the value must come that far back inside the band (outside-band rules) or outside it (inside-band rules).
 */
final class Verdict {

    static final int GT = 0;
    static final int GE = 1;
    static final int LT = 2;
    static final int LE = 3;
    static final int OUTSIDE = 4;
    static final int INSIDE = 5;
    static final int RATE = 6;
    static final int NO_DATA = 7;

    final int kind;
    final double threshold;
    final double upper;
    final boolean hysteresis;
    final double clear;

    Verdict(Condition condition, Double clearThreshold) {
        this.kind = code(condition.kind());
        this.threshold = condition.threshold();
        this.upper = condition.upper();
        this.hysteresis = clearThreshold != null && kind != NO_DATA;
        this.clear = hysteresis ? clearThreshold : Double.NaN;
        if (hysteresis && !Double.isFinite(clear)) {
            throw new IllegalArgumentException("the clear threshold must be a number, got " + clearThreshold);
        }
        if (hysteresis && (kind == OUTSIDE || kind == INSIDE) && clear < 0) {
            throw new IllegalArgumentException("for a band the clear threshold is a margin and must not be negative, got "
                    + clearThreshold);
        }
    }

    static int code(ConditionKind kind) {
        return switch (kind) {
            case GREATER_THAN -> GT;
            case GREATER_OR_EQUAL -> GE;
            case LESS_THAN -> LT;
            case LESS_OR_EQUAL -> LE;
            case OUTSIDE_BAND -> OUTSIDE;
            case INSIDE_BAND -> INSIDE;
            case RATE_OF_CHANGE -> RATE;
            case NO_DATA -> NO_DATA;
        };
    }

    boolean broken(double v) {
        return switch (kind) {
            case GT -> v > threshold;
            case GE -> v >= threshold;
            case LT -> v < threshold;
            case LE -> v <= threshold;
            case OUTSIDE -> v < threshold || v > upper;
            case INSIDE -> v >= threshold && v <= upper;
            case RATE -> Math.abs(v) > threshold;
            default -> false;
        };
    }

    /** Whether a value that no longer breaks the rule is also back past the clear threshold. */
    boolean clears(double v) {
        if (!hysteresis) {
            return true;
        }
        return switch (kind) {
            case GT -> v <= clear;
            case GE -> v < clear;
            case LT -> v >= clear;
            case LE -> v > clear;
            case OUTSIDE -> v >= threshold + clear && v <= upper - clear;
            case INSIDE -> v < threshold - clear || v > upper + clear;
            case RATE -> Math.abs(v) <= clear;
            default -> true;
        };
    }
}
