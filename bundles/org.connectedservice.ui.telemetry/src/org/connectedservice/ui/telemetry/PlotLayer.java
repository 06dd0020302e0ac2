package org.connectedservice.ui.telemetry;

import java.util.List;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.series.ThresholdMark;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * Draws everything of a scene but the crosshair, back to front: background, grid at the axes' ticks, hysteresis
 * bands and one polyline per trace into a {@link TraceRaster}; then, with a GC on the image made of it, threshold
 * lines, rules version lines (their labels over the thresholds), alert markers, command markers and case and
 * work-order markers.
 */
final class PlotLayer {

    private static final Color GRID = new Color(212, 212, 212);
    private static final Color BAND = new Color(255, 236, 228);
    private static final Color THRESHOLD = new Color(200, 30, 30);
    private static final Color VERSION = new Color(110, 110, 110);
    private static final Color OUTLINE = new Color(0, 0, 0);
    /** By Severity ordinal: LOW, MEDIUM, HIGH, CRITICAL. */
    private static final Color[] SEVERITY = { new Color(70, 130, 180), new Color(255, 165, 0), new Color(220, 20, 20),
            new Color(128, 0, 64) };
    private static final int MARKER = 5;

    private PlotLayer() {
    }

    static Color severityColor(Severity severity) {
        return SEVERITY[severity.ordinal()];
    }

    /** Background, grid, hysteresis bands and traces, into the raster. */
    static void bulk(TraceRaster raster, ChartScene s, Color background, int[] gridX, int[] gridY) {
        TraceProjection p = s.projection();
        raster.fill(rgb(background));
        int grid = rgb(GRID);
        for (int x : gridX) {
            raster.rectangle(x, 0, 1, p.height(), grid);
        }
        for (int y : gridY) {
            raster.rectangle(0, y, p.width(), 1, grid);
        }
        int band = rgb(BAND);
        for (ThresholdMark mark : s.frame().thresholds()) {
            if (mark.hasHysteresis()) {
                int top = p.y(mark.bandHigh());
                raster.rectangle(0, top, p.width(), Math.max(1, p.y(mark.bandLow()) - top), band);
            }
        }
        List<int[]> lines = s.polylines();
        for (int i = 0; i < lines.size(); i++) {
            raster.polyline(lines.get(i), rgb(s.colors().get(i)));
        }
    }

    /** What goes over the traces: threshold lines, rules version lines, alert, command, case and work-order markers. */
    static void overlays(GC gc, ChartScene s, Color background) {
        TraceProjection p = s.projection();
        thresholds(gc, p, s.frame().thresholds());
        versions(gc, p, s.frame().versions(), background);
        alerts(gc, p, s.frame().alerts());
        CommandMarkers.draw(gc, p, s.frame().traces(), s.commands());
        ServiceMarkers.draw(gc, p, s.frame().traces(), s.services());
    }

    static int rgb(Color c) {
        return c.getRed() << 16 | c.getGreen() << 8 | c.getBlue();
    }

    /** A dotted line at every rules version change; labels newest first, skipping those that would overlap. */
    private static void versions(GC gc, TraceProjection p, List<RuleSetVersion> versions, Color background) {
        gc.setForeground(VERSION);
        gc.setBackground(background);
        gc.setLineStyle(SWT.LINE_DOT);
        int freeUpTo = Integer.MAX_VALUE;
        for (int i = versions.size() - 1; i >= 0; i--) {
            RuleSetVersion v = versions.get(i);
            int x = p.x(v.time().toEpochMilli());
            gc.drawLine(x, 0, x, p.height());
            String label = "v" + v.number();
            int width = gc.textExtent(label).x;
            if (x + 3 + width < freeUpTo) {
                // on the plot's ground: a threshold line near the top of the range would cross the text
                gc.drawText(label, x + 3, 2, false);
                freeUpTo = x - 1;
            }
        }
    }

    private static void thresholds(GC gc, TraceProjection p, List<ThresholdMark> marks) {
        gc.setForeground(THRESHOLD);
        gc.setLineStyle(SWT.LINE_DASH);
        int textHeight = gc.getFontMetrics().getHeight();
        for (ThresholdMark mark : marks) {
            String label = mark.measurement() + " " + mark.rule().condition().text() + " v" + mark.rule().version();
            int labelX = Math.max(2, p.width() - gc.textExtent(label).x - 4);
            for (double value : mark.lines()) {
                int y = p.y(value);
                gc.drawLine(0, y, p.width(), y);
                int above = y - textHeight - 1;
                gc.drawText(label, labelX, above >= 0 ? above : y + 2, true);
            }
        }
    }

    private static void alerts(GC gc, TraceProjection p, List<IotAlert> alerts) {
        gc.setForeground(OUTLINE);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (IotAlert a : alerts) {
            int x = p.x(a.time().toEpochMilli());
            int y = p.y(a.reading());
            int[] diamond = { x, y - MARKER, x + MARKER, y, x, y + MARKER, x - MARKER, y };
            gc.setBackground(severityColor(a.severity()));
            gc.fillPolygon(diamond);
            gc.drawPolygon(diamond);
        }
    }
}
