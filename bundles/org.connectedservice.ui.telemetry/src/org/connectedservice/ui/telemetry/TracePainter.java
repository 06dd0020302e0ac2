package org.connectedservice.ui.telemetry;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;

/**
 * Paints the plot area. The scene (grid, bands, thresholds, traces, markers) is drawn into an off-screen image only
 * when the data, the window or the ticks change (the bulk of it in Java, see {@link TraceRaster}), and copied to the
 * screen in one call; the candidate lines of a rule being tuned and the crosshair go on top, so moving the mouse or
 * dragging a threshold costs a copy, not a redraw of 20 traces. SWTChart's own grid is off (see {@link ChartAxes}):
 * the scene draws it at the axes' ticks.
 */
final class TracePainter implements ICustomPaintListener {

    private static final Color CROSSHAIR = new Color(90, 90, 90);
    /** How much larger than the plot a new layer image is made, in pixels each way. */
    private static final int SLACK = 64;

    private final Chart chart;
    private ChartScene scene;
    private TuningOverlay tuning;
    private Image layer;
    private TraceRaster raster;
    private final CairoLayer cairo = CairoLayer.find();
    private boolean cairoFits;
    private int layerWidth;
    private int layerHeight;
    private Color background;
    private ExecutorService rasterThread;
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
            if (rasterThread != null) {
                rasterThread.shutdown();
            }
        });
    }

    void show(ChartScene newScene) {
        scene = newScene;
    }

    ChartScene scene() {
        return scene;
    }

    /** The candidate lines to draw over the scene, or null. */
    void tuning(TuningOverlay overlay) {
        tuning = overlay;
    }

    TuningOverlay tuning() {
        return tuning;
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
        int[] gridX = ticks(chart.getAxisSet().getXAxis(0));
        int[] gridY = ticks(chart.getAxisSet().getYAxis(0));
        if (layer == null || !sameContent(s, gridX, gridY)) {
            if (!layerFits(p.width(), p.height())) {
                newLayer(plot, p.width(), p.height());
            }
            drawBulk(s, gridX, gridY);
            fill(plot);
            GC off = new GC(layer);
            try {
                PlotLayer.overlays(off, s, background);
            } finally {
                off.dispose();
            }
            layerScene = s;
            layerGridX = gridX;
            layerGridY = gridY;
        }
        show(e.gc, p);
        TuningOverlay overlay = tuning;
        if (overlay != null) {
            overlay.draw(e.gc, p);
        }
        crosshair(e.gc, s);
        paintNanos = System.nanoTime() - start;
    }

    /** Paints the layer onto the plot. */
    private void show(GC gc, TraceProjection p) {
        if (cairoFits && cairo.paint(gc, layer, p.width(), p.height())) {
            return;
        }
        cairoFits = false;
        gc.drawImage(layer, 0, 0);
    }

    /**
     * Whether the layer and raster can take a plot of this size. On GTK the layer is made a little larger than the
     * plot and kept while the plot fits it, because SWTChart's layout moves the plot's edges by a few pixels as tick
     * labels change while panning, and a new image costs a pixel-by-pixel conversion of several milliseconds.
     */
    private boolean layerFits(int w, int h) {
        if (raster == null) {
            return false;
        }
        if (!cairoFits) {
            return raster.width() == w && raster.height() == h;
        }
        if (w > layerWidth || h > layerHeight || layerWidth - w > SLACK * 2 || layerHeight - h > SLACK * 2) {
            return false;
        }
        if (raster.width() != w || raster.height() != h) {
            raster = raster.resized(w, h);
        }
        return true;
    }

    /**
     * A raster for the plot and, on GTK, the layer image its rows are copied into. The plot's background is read here
     * and kept, as reading it asks GTK's style machinery every time.
     */
    private void newLayer(Control plot, int w, int h) {
        background = plot.getBackground();
        if (layer != null) {
            layer.dispose();
            layer = null;
        }
        cairoFits = false;
        if (cairo != null) {
            layerWidth = w + SLACK;
            layerHeight = h + SLACK;
            layer = CairoLayer.imageSurface(plot.getDisplay(), layerWidth, layerHeight);
            cairoFits = cairo.fits(layer, layerWidth, layerHeight);
            if (cairoFits) {
                raster = new TraceRaster(w, h, layerWidth, layerHeight);
                return;
            }
            layer.dispose();
            layer = null;
        }
        raster = new TraceRaster(w, h, w, h);
    }

    /**
     * Background, grid, bands and traces into the raster, transposed for the layer: the left half of the columns here,
     * the right half at the same time on the raster thread (the raster touches no display), which halves the
     * biggest part of a frame on a machine with a core to spare.
     */
    private void drawBulk(ChartScene s, int[] gridX, int[] gridY) {
        int half = raster.width() / 2;
        TraceRaster left = raster.strip(0, half);
        TraceRaster right = raster.strip(half, raster.width());
        Color bg = background;
        Future<?> rightDrawn = rasterThread().submit(() -> {
            PlotLayer.bulk(right, s, bg, gridX, gridY);
            right.transpose();
        });
        PlotLayer.bulk(left, s, bg, gridX, gridY);
        left.transpose();
        try {
            rightDrawn.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing the right half of the plot failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rightDrawn.cancel(false);
        }
    }

    private ExecutorService rasterThread() {
        if (rasterThread == null) {
            rasterThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chart-raster");
                t.setDaemon(true);
                return t;
            });
        }
        return rasterThread;
    }

    /** Puts the raster into the layer image: copied into the one image where possible, else a new image. */
    private void fill(Control plot) {
        if (cairoFits) {
            try {
                cairo.copy(layer, raster.rows(), raster.stride(), raster.height());
                return;
            } catch (ReflectiveOperationException | RuntimeException e) {
                cairoFits = false;
            }
        }
        if (layer != null) {
            layer.dispose();
        }
        layer = new Image(plot.getDisplay(), raster.toImageData());
    }

    private boolean sameContent(ChartScene s, int[] gridX, int[] gridY) {
        ChartScene last = layerScene;
        return last != null && last.frame() == s.frame() && last.polylines() == s.polylines()
                && last.commands() == s.commands() && last.services() == s.services()
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
