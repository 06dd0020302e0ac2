package org.connectedservice.ui.telemetry;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.TraceProjection;
import org.connectedservice.ui.telemetry.ChartTuning.Line;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * The candidate lines of the rule open for tuning, drawn over the cached scene (so a drag repaints them, not the
 * traces): solid and thicker than the active rule's dashed line, with handles on the selected one.
 */
record TuningOverlay(ThresholdRule candidate, Line selected, Line grabbed) {

    private static final Color THRESHOLD = new Color(230, 110, 0);
    private static final Color CLEAR = new Color(0, 130, 130);
    private static final int HANDLE = 4;

    void draw(GC gc, TraceProjection p) {
        gc.setLineStyle(SWT.LINE_SOLID);
        int textHeight = gc.getFontMetrics().getHeight();
        for (Line line : Line.values()) {
            Double value = ChartTuning.valueOf(candidate, line);
            if (value == null) {
                continue;
            }
            int y = p.y(value);
            Color color = line == Line.THRESHOLD ? THRESHOLD : CLEAR;
            gc.setForeground(color);
            gc.setLineWidth(line == selected ? 3 : 2);
            gc.drawLine(0, y, p.width(), y);
            gc.setLineWidth(0);
            String label = "candidate " + line.label() + " " + TuningBar.number(value)
                    + (line == selected ? "  (drag, or arrow keys)" : "  (drag)");
            gc.drawText(label, 6, line == Line.THRESHOLD ? y - textHeight - 2 : y + 3, true);
            if (line == selected) {
                gc.setBackground(color);
                for (int x : new int[] { 2 * HANDLE, p.width() / 2, p.width() - 3 * HANDLE }) {
                    gc.fillRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE + 1, 2 * HANDLE + 1);
                }
            }
        }
    }
}
