package org.connectedservice.core.series;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;

/**
 * What a chart says about a spot under the mouse: the crosshair's exact values (the nearest point of every trace)
 * and the tooltip of the overlay there (alert marker, rules version line, threshold line or hysteresis band).
 */
public final class ChartReadout {

    static final int MARKER_RADIUS = 6;
    static final int LINE_SLACK = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ChartReadout() {
    }

    /** The nearest point of each trace to time, in the frame's trace order (empty traces left out). */
    public static List<TracePoint> nearest(ChartFrame frame, long time) {
        List<TracePoint> points = new ArrayList<>();
        for (ColumnTrace trace : frame.traces()) {
            int i = trace.nearestIndex(time);
            if (i >= 0) {
                points.add(new TracePoint(trace.key(), trace.times()[i], trace.mins()[i], trace.maxs()[i],
                        trace.counts()[i]));
            }
        }
        return points;
    }

    /** The crosshair's time and every trace's nearest value, e.g. "12:00:05  dev-1 Temperature 21.5 | ...". */
    public static String crosshair(ChartFrame frame, long time, ZoneId zone) {
        StringBuilder text = new StringBuilder(format(time, frame.request().window(), zone));
        String separator = "  ";
        for (TracePoint p : nearest(frame, time)) {
            text.append(separator).append(p.text());
            separator = " | ";
        }
        return text.toString();
    }

    /** The tooltip of the overlay at pixel (x, y), or "" when there is none. */
    public static String overlayAt(ChartFrame frame, TraceProjection p, int x, int y, ZoneId zone) {
        TimeWindow window = p.window();
        for (IotAlert a : frame.alerts()) {
            int ax = p.x(a.time().toEpochMilli());
            int ay = p.y(a.reading());
            if (Math.abs(ax - x) <= MARKER_RADIUS && Math.abs(ay - y) <= MARKER_RADIUS) {
                return a.severity() + " alert, " + a.status() + ": " + a.deviceId() + " " + a.measurement() + " "
                        + ThresholdMark.format(a.reading()) + " at " + format(a.time().toEpochMilli(), window, zone)
                        + " (threshold " + ThresholdMark.format(a.threshold()) + ", rule '" + a.ruleName() + "' v"
                        + a.ruleVersion() + ")";
            }
        }
        for (RuleSetVersion v : frame.versions()) {
            if (Math.abs(p.x(v.time().toEpochMilli()) - x) <= LINE_SLACK) {
                return "Rules version " + v.number() + ", " + format(v.time().toEpochMilli(), window, zone) + " by "
                        + v.author() + (v.comment() == null || v.comment().isBlank() ? "" : ": " + v.comment());
            }
        }
        for (ThresholdMark mark : frame.thresholds()) {
            for (double line : mark.lines()) {
                if (Math.abs(p.y(line) - y) <= LINE_SLACK) {
                    return mark.describe();
                }
            }
        }
        for (ThresholdMark mark : frame.thresholds()) {
            if (mark.hasHysteresis() && y <= p.y(mark.bandLow()) && y >= p.y(mark.bandHigh())) {
                return "Hysteresis band " + ThresholdMark.format(mark.bandLow()) + ".."
                        + ThresholdMark.format(mark.bandHigh()) + ": " + mark.describe();
            }
        }
        return "";
    }

    static String format(long time, TimeWindow window, ZoneId zone) {
        DateTimeFormatter f = window.span() <= 12 * 3_600_000L ? TIME : DATE_TIME;
        return f.format(Instant.ofEpochMilli(time).atZone(zone));
    }
}
