package org.connectedservice.core.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.ThresholdRule;

/**
 * An active rule drawn on a chart: its threshold line(s) in the units of the measurement and, with hysteresis, the
 * band between the threshold and the clear threshold; deviceIds are the charted devices it watches.
 */
public record ThresholdMark(ThresholdRule rule, List<String> deviceIds) {

    public ThresholdMark {
        deviceIds = List.copyOf(deviceIds);
    }

    /** Whether the rule's condition is a level in the measurement's units (a rate or a silence is not). */
    public static boolean isDrawable(ThresholdRule rule) {
        ConditionKind kind = rule.condition().kind();
        return kind != ConditionKind.RATE_OF_CHANGE && kind != ConditionKind.NO_DATA;
    }

    public String measurement() {
        return rule.measurement();
    }

    /** The values to draw as threshold lines: the threshold, and a band's upper edge. */
    public List<Double> lines() {
        List<Double> lines = new ArrayList<>(2);
        lines.add(rule.threshold());
        if (!Double.isNaN(rule.condition().upper())) {
            lines.add(rule.condition().upper());
        }
        return lines;
    }

    public boolean hasHysteresis() {
        return rule.clearThreshold() != null;
    }

    /** The hysteresis band's edges, low first; only meaningful with {@link #hasHysteresis()}. */
    public double bandLow() {
        return Math.min(rule.threshold(), rule.clearThreshold());
    }

    public double bandHigh() {
        return Math.max(rule.threshold(), rule.clearThreshold());
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Rule '").append(rule.name()).append("' v").append(rule.version()).append(": ")
                .append(rule.measurement()).append(' ').append(rule.condition().text());
        if (!rule.aggregation().isInstant()) {
            text.append(" (").append(rule.aggregation().function().name().toLowerCase(Locale.ROOT)).append(" over ")
                    .append(rule.aggregation().size().toSeconds()).append(" s)");
        }
        if (!rule.sustain().isZero()) {
            text.append(" for ").append(rule.sustain().toSeconds()).append(" s");
        }
        text.append(", ").append(rule.severity());
        if (hasHysteresis()) {
            text.append("; clears once back past ").append(format(rule.clearThreshold()));
        }
        text.append("; watches ").append(String.join(", ", deviceIds));
        return text.toString();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
