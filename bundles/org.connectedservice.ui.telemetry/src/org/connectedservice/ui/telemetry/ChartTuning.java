package org.connectedservice.ui.telemetry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.ThresholdMark;
import org.connectedservice.core.series.TraceProjection;
import org.connectedservice.ui.rules.ThresholdTuning;

/**
 * The chart's side of threshold tuning: which line of the rule open for tuning is under the mouse, where a drag or a
 * nudge puts it, and one undo step per drag (the editor's draft merges the steps until finishDrag). Values snap to
 * the smallest round step a pixel can show, so a drag gives 68.5 rather than 68.4731. UI thread only.
 */
public final class ChartTuning {

    /** The draggable lines of a rule: its threshold, and its hysteresis clear threshold. */
    public enum Line {
        THRESHOLD("threshold"), CLEAR("clear threshold");

        private final String label;

        Line(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How near (in pixels) the mouse must be to grab a line. */
    static final int GRAB_PIXELS = 4;

    private ThresholdTuning tuning;
    private Line selected;
    private Line grabbed;

    void use(ThresholdTuning newTuning) {
        tuning = newTuning;
        selected = null;
        grabbed = null;
    }

    ThresholdTuning tuning() {
        return tuning;
    }

    /** The candidate of the rule open for tuning, when it is a level the chart's devices and traces show. */
    public Optional<ThresholdRule> rule(List<Device> devices, List<ColumnTrace> traces) {
        if (tuning == null) {
            return Optional.empty();
        }
        return tuning.ruleOnChart().filter(ThresholdMark::isDrawable).filter(r -> shows(r, devices, traces));
    }

    private static boolean shows(ThresholdRule rule, List<Device> devices, List<ColumnTrace> traces) {
        for (ColumnTrace trace : traces) {
            if (trace.key().measurement().equalsIgnoreCase(rule.measurement())) {
                for (Device d : devices) {
                    if (d.id().equals(trace.key().deviceId()) && rule.appliesTo(d.id(), d.deviceType(), d.asset())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The value a line of the rule has now, or null when the rule has no such line. */
    public static Double valueOf(ThresholdRule rule, Line line) {
        return line == Line.THRESHOLD ? Double.valueOf(rule.threshold()) : rule.clearThreshold();
    }

    /** The line within grab distance of plot row y, nearest first; null when none is. */
    public static Line lineAt(ThresholdRule rule, TraceProjection p, int y) {
        Line nearest = null;
        int best = GRAB_PIXELS + 1;
        for (Line line : Line.values()) {
            Double value = valueOf(rule, line);
            if (value != null && Math.abs(p.y(value) - y) < best) {
                best = Math.abs(p.y(value) - y);
                nearest = line;
            }
        }
        return nearest;
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least the value of one pixel. */
    public static double step(TraceProjection p) {
        double perPixel = (p.yMax() - p.yMin()) / Math.max(1, p.height() - 1);
        double power = Math.pow(10, Math.floor(Math.log10(perPixel)));
        for (double m : new double[] { 1, 2, 5, 10 }) {
            if (m * power >= perPixel) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The value at plot row y (kept inside the plot), snapped to the step. */
    public static double valueAt(TraceProjection p, int y) {
        int row = Math.max(0, Math.min(p.height() - 1, y));
        return snap(p.valueAt(row), step(p));
    }

    static double snap(double value, double step) {
        double snapped = Math.round(value / step) * step;
        // round to the step's own decimals, so 0.1 steps give 68.3 and not 68.30000000000001
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 1);
        return new BigDecimal(snapped).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    Line selected() {
        return selected;
    }

    Line grabbed() {
        return grabbed;
    }

    void select(Line line) {
        selected = line;
    }

    void grab(Line line) {
        grabbed = line;
        selected = line;
    }

    /** Moves the grabbed line to plot row y; one undo step until release. */
    void dragTo(ThresholdRule rule, TraceProjection p, int y) {
        if (grabbed != null) {
            set(rule, grabbed, valueAt(p, y));
        }
    }

    void release() {
        if (grabbed != null) {
            grabbed = null;
            tuning.finishDrag();
        }
    }

    /** Moves the selected line by steps of the pixel step; false when no line is selected. */
    boolean nudge(ThresholdRule rule, TraceProjection p, int steps) {
        Double value = selected == null ? null : valueOf(rule, selected);
        if (value == null) {
            return false;
        }
        double step = step(p);
        set(rule, selected, snap(value + steps * step, step));
        return true;
    }

    /** Ends a run of nudges (a key released), so the next one is its own undo step. */
    void endNudge() {
        if (tuning != null) {
            tuning.finishDrag();
        }
    }

    private void set(ThresholdRule rule, Line line, double value) {
        if (line == Line.THRESHOLD) {
            tuning.setCandidateThreshold(rule.id(), value);
        } else {
            tuning.setCandidateClearThreshold(rule.id(), value);
        }
    }
}
