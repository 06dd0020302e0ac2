package org.connectedservice.ui.telemetry;

import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;

/**
 * Paints the plot area. The scene (grid, bands, thresholds, traces, markers) is drawn into an off-screen image only
 * when the data, the window or the ticks change, and copied to the screen in one call; the crosshair goes on top,
 * so moving the mouse costs a copy, not a redraw of 20 traces. SWTChart's own grid is off (see {@link ChartAxes}):
 * the scene draws it at the axes' ticks.
 */
final class TracePainter implements ICustomPaintListener {

    private static final Color CROSSHAIR = new Color(90, 90, 90);
    private static final PaletteData RGB24 = new PaletteData(0xFF0000, 0xFF00, 0xFF);

    private final Chart chart;
    private ChartScene scene;
    private Image layer;
    private ChartScene layerScene;
    private int[] layerGridX = new int[0];
    private int[] layerGridY = new int[0];
    private long paintNanos;

    TracePainter(Chart chart) {
        this.chart = chart;
        chart.getPlotArea().getControl().addListener(SWT.Dispose, e -> {
            if (layer != null) {
                layer.dispose();
            }
        });
    }

    void show(ChartScene newScene) {
        scene = newScene;
    }

    ChartScene scene() {
        return scene;
    }

    /** How long the last paint took (off-screen scene, if it changed, plus copy and crosshair). */
    long paintNanos() {
        return paintNanos;
    }

    @Override
    public boolean drawBehindSeries() {
        return true;
    }

    @Override
    public void paintControl(PaintEvent e) {
        ChartScene s = scene;
        if (s == null) {
            return;
        }
        long start = System.nanoTime();
        Control plot = chart.getPlotArea().getControl();
        TraceProjection p = s.projection();
        if (layer == null || layer.getBounds().width != p.width() || layer.getBounds().height != p.height()) {
            if (layer != null) {
                layer.dispose();
            }
            layer = offscreen(plot, p.width(), p.height());
            layerScene = null;
        }
        int[] gridX = ticks(chart.getAxisSet().getXAxis(0));
        int[] gridY = ticks(chart.getAxisSet().getYAxis(0));
        if (!sameContent(s, gridX, gridY)) {
            GC off = new GC(layer);
            try {
                PlotLayer.draw(off, s, plot.getBackground(), gridX, gridY);
            } finally {
                off.dispose();
            }
            layerScene = s;
            layerGridX = gridX;
            layerGridY = gridY;
        }
        e.gc.drawImage(layer, 0, 0);
        crosshair(e.gc, s);
        paintNanos = System.nanoTime() - start;
    }

    /**
     * An image in this process's memory (GTK3 makes new Image(w, h) an X server pixmap, where every polyline
     * segment would be sent to and rasterized by the server), at the display's zoom so traces stay sharp.
     */
    private static Image offscreen(Control plot, int width, int height) {
        ImageDataProvider pixels = zoom -> new ImageData(Math.max(1, width * zoom / 100),
                Math.max(1, height * zoom / 100), 24, RGB24);
        return new Image(plot.getDisplay(), pixels);
    }

    private boolean sameContent(ChartScene s, int[] gridX, int[] gridY) {
        ChartScene last = layerScene;
        return last != null && last.frame() == s.frame() && last.polylines() == s.polylines()
                && last.projection().equals(s.projection()) && last.colors().equals(s.colors())
                && Arrays.equals(layerGridX, gridX) && Arrays.equals(layerGridY, gridY);
    }

    private static int[] ticks(IAxis axis) {
        double[] values = axis.getTick().getTickLabelValues();
        int[] pixels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            pixels[i] = axis.getPixelCoordinate(values[i]);
        }
        return pixels;
    }

    private static void crosshair(GC gc, ChartScene s) {
        if (s.crosshairX() < 0) {
            return;
        }
        TraceProjection p = s.projection();
        gc.setForeground(CROSSHAIR);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawLine(s.crosshairX(), 0, s.crosshairX(), p.height());
        gc.drawLine(0, s.crosshairY(), p.width(), s.crosshairY());
        gc.setLineStyle(SWT.LINE_SOLID);
        long time = p.timeAt(s.crosshairX());
        List<ColumnTrace> traces = s.frame().traces();
        for (int i = 0; i < traces.size(); i++) {
            ColumnTrace trace = traces.get(i);
            int at = trace.nearestIndex(time);
            if (at >= 0) {
                int x = p.x(trace.times()[at]);
                int top = p.y(trace.maxs()[at]);
                gc.setForeground(s.colors().get(i));
                gc.drawRectangle(x - 3, top - 3, 6, p.y(trace.mins()[at]) - top + 6);
            }
        }
    }
}
