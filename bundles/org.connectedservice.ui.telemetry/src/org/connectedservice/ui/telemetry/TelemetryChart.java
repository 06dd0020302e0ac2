package org.connectedservice.ui.telemetry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.ChartFrameSource;
import org.connectedservice.core.series.ChartReadout;
import org.connectedservice.core.series.ChartRequest;
import org.connectedservice.core.series.ChartViewport;
import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.RangePreset;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.series.TraceProjection;
import org.connectedservice.ui.PeriodicRefresh;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;

/**
 * The telemetry chart as a plain SWT component, so the e4 part, UI tests and benchmarks build the same thing. A
 * background job loads frames from core (reduced to the plot's pixel width and projected to pixels); the UI thread
 * keeps the viewport, sets the axes and paints, at most 30 frames a second.
 */
public final class TelemetryChart {

    static final long REFRESH_MILLIS = 250;
    private static final Logger LOG = System.getLogger(TelemetryChart.class.getName());

    /** A loaded frame; the commands sent to its devices and the cases and work orders made for them in its window. */
    private record Loaded(ChartFrame frame, List<CommandRecord> commands, List<ServiceRecord> services) {
    }

    private final Clock clock;
    private final ZoneId zone;
    private final ChartViewport viewport;
    private final Composite root;
    private final ChartToolbar toolbar;
    private final Chart chart;
    private final Control plot;
    private final ReadoutLine readout;
    private final TracePainter painter;
    private final TraceColors colors = new TraceColors();
    private final ChartAxes axes;
    private final TraceLegend legend;
    private final FrameScheduler frames;
    private final FrameLoader loader;
    private final TuningInteraction tuning;
    private final PeriodicRefresh<Loaded> refresh;
    private volatile CommandService commands;
    private List<CommandRecord> frameCommands = List.of();
    private volatile CaseService cases;
    private List<ServiceRecord> frameServices = List.of();
    private final Set<String> hidden = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private List<Device> devices = List.of();
    private ChartFrame frame;
    private int crosshairX = -1;
    private int crosshairY = -1;

    /** The chart takes ownership of source and closes it when its controls are disposed. */
    public TelemetryChart(Composite parent, ChartFrameSource source, Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
        this.viewport = new ChartViewport(clock, RangePreset.LAST_5_MINUTES);
        this.loader = new FrameLoader(source, clock);
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        toolbar = new ChartToolbar(root, this);
        TuningBar bar = new TuningBar(root);
        chart = new Chart(root, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        axes = new ChartAxes(chart, TimeZone.getTimeZone(zone));
        legend = new TraceLegend(root);
        plot = chart.getPlotArea().getControl();
        painter = new TracePainter(chart);
        chart.getPlotArea().addCustomPaintListener(painter);
        readout = new ReadoutLine(root, zone);
        frames = new FrameScheduler(plot, this::renderFrame);
        tuning = new TuningInteraction(plot, this, bar, painter);
        new ChartInteraction(plot, this, tuning);
        plot.addListener(SWT.Resize, e -> changed());
        root.addListener(SWT.Dispose, e -> loader.close());
        changed();
        refresh = PeriodicRefresh.start("Refreshing telemetry chart", plot, REFRESH_MILLIS, this::load, this::show);
    }

    /** The rules editor's tuning: its rule open for tuning gets draggable lines here. Null turns that off. */
    public void useTuning(ThresholdTuning thresholdTuning) {
        tuning.use(thresholdTuning);
    }

    /** Where command markers come from; null draws none. */
    public void useCommands(CommandService commandService) {
        commands = commandService;
        if (refresh != null) {
            refresh.refreshNow();
        }
    }

    /** Where case and work-order markers come from; null draws none. */
    public void useCases(CaseService caseService) {
        cases = caseService;
        if (refresh != null) {
            refresh.refreshNow();
        }
    }

    /** The ids of the cases and work orders the markers show now, oldest first. */
    public List<String> shownServiceRecords() {
        return frameServices.stream().map(ServiceRecord::id).toList();
    }

    /** Where the first marker of the case or work order with this id is on the plot, or null when not drawn. */
    public Point serviceMarker(String id) {
        ChartScene s = painter.scene();
        if (s == null) {
            return null;
        }
        for (ServiceRecord r : s.services()) {
            if (r.id().equals(id)) {
                int[] centre = ServiceMarkers.centre(r, ServiceMarkers.anchors(r, s.projection(), s.frame().traces())
                        .get(0), s.projection());
                return new Point(centre[0], centre[1]);
            }
        }
        return null;
    }

    /** The rule open for tuning with its candidate values, when this chart draws its lines. */
    public Optional<ThresholdRule> tunedRule() {
        return tuning.rule();
    }

    /** Draws a frame at once from what is loaded, instead of at the frame scheduler's next tick. */
    public void drawFrameNow() {
        renderFrame();
    }

    /** The plot area, where the traces, overlays and tuning lines are drawn and dragged. */
    public Control plot() {
        return plot;
    }

    /** The plot row where a value is drawn now, or -1 before the first frame. */
    public int plotY(double value) {
        ChartScene s = painter.scene();
        return s == null ? -1 : s.projection().y(value);
    }

    /** What the tuning row above the plot says about the newest backtest, or "" while no rule is open. */
    public String tuningFiguresText() {
        return tuning.barFigures();
    }

    /** The commands the markers show now. */
    public List<CommandRecord> shownCommands() {
        return frameCommands;
    }

    /** Where the flag of a command's first marker is on the plot, or null when it is not drawn. */
    public Point commandMarker(CommandRecord command) {
        ChartScene s = painter.scene();
        if (s == null || !s.commands().contains(command)) {
            return null;
        }
        int[] anchor = CommandMarkers.anchors(command, s.projection(), s.frame().traces()).get(0);
        int[] flag = CommandMarkers.flagCentre(anchor, s.projection());
        return new Point(flag[0], flag[1]);
    }

    public Control control() {
        return root;
    }

    public Chart chart() {
        return chart;
    }

    /** The legend under the chart. */
    public Control legend() {
        return legend.control();
    }

    /** The legend's entries, in the order shown: device id and measurement. */
    public List<String> legendNames() {
        return legend.names();
    }

    ZoneId zone() {
        return zone;
    }

    /** Charts these devices (all their measurements but the hidden ones). */
    public void showDevices(List<Device> shown) {
        if (!shown.equals(devices)) {
            devices = List.copyOf(shown);
            colors.forget();
            axes.title(devices);
            changed();
        }
    }

    public List<Device> shownDevices() {
        return devices;
    }

    public void showPreset(RangePreset preset) {
        viewport.show(preset);
        changed();
    }

    /** Shows a fixed window, paused. */
    public void showRange(TimeWindow window) {
        viewport.showRange(window);
        changed();
    }

    public void setPaused(boolean paused) {
        if (paused) {
            viewport.pause();
        } else {
            viewport.resume();
        }
        changed();
    }

    public boolean isLive() {
        return viewport.isLive();
    }

    /** factor < 1 zooms in; anchor is where the fixed time sits, 0 = left edge, 1 = right edge. */
    public void zoom(double factor, double anchor) {
        viewport.zoom(factor, anchor);
        changed();
    }

    /** Moves the window by a fraction of its span; negative goes back in time. Pauses a live chart. */
    public void pan(double fraction) {
        viewport.pan(fraction);
        changed();
    }

    /** Pauses and moves to a scrub position: 0 = a week before pausing, 1 = the moment of pausing. */
    public void scrubTo(double position) {
        viewport.scrubTo(position);
        changed();
    }

    public TimeWindow visibleWindow() {
        ChartScene scene = painter.scene();
        return scene != null ? scene.projection().window() : viewport.window();
    }

    public void setMeasurementShown(String measurement, boolean shown) {
        if (shown) {
            hidden.remove(measurement);
        } else {
            hidden.add(measurement);
        }
        changed();
    }

    public boolean isMeasurementShown(String measurement) {
        return !hidden.contains(measurement);
    }

    /** Every measurement of the charted devices, hidden ones included. */
    public List<String> offeredMeasurements() {
        return frame == null ? List.of() : frame.measurements();
    }

    /** What the plot shows now (frame, projection, polylines, colours), or null before the first frame. */
    public ChartScene scene() {
        return painter.scene();
    }

    /** The frame on screen, or null before the first one arrived. */
    public ChartFrame shownFrame() {
        ChartScene scene = painter.scene();
        return scene == null ? null : scene.frame();
    }

    /**
     * How long the plot area took to paint last time, in milliseconds: the scene drawn off screen (when it changed)
     * and copied to the screen, plus the crosshair. SWTChart draws nothing else there (its grid is off, its series
     * are empty).
     */
    public double lastFrameMillis() {
        return painter.paintNanos() / 1e6;
    }

    public int framesDrawn() {
        return frames.frames();
    }

    /** Saves the chart as it looks now as a PNG, without asking. */
    public void exportPng(Path file) {
        ChartExport.png(this, file);
    }

    /** Saves the visible data as CSV, without asking. */
    public void exportCsv(Path file) throws IOException {
        ChartExport.csv(this, file);
    }

    /** The crosshair at plot pixel (x, y), or off with x < 0; returns what the readout line says. */
    public String crosshairAt(int x, int y) {
        if (x != crosshairX || y != crosshairY) {
            crosshairX = x;
            crosshairY = y;
            frames.request();
        }
        return readout.show(painter.scene(), frame, crosshairX);
    }

    /** The tooltip of the overlay at plot pixel (x, y), or "". */
    public String overlayAt(int x, int y) {
        ChartScene scene = painter.scene();
        if (scene == null) {
            return "";
        }
        String line = tuning.describeLineAt(y);
        if (!line.isEmpty()) {
            return line;
        }
        String command = CommandMarkers.at(scene.commands(), scene.projection(), scene.frame().traces(), x, y, zone);
        if (!command.isEmpty()) {
            return command;
        }
        String service = ServiceMarkers.at(scene.services(), scene.projection(), scene.frame().traces(), x, y, zone);
        return service.isEmpty() ? ChartReadout.overlayAt(scene.frame(), scene.projection(), x, y, zone) : service;
    }

    /** The viewport, the devices or the filter changed: draw now from what we have, and load what is new. */
    private void changed() {
        if (root.isDisposed()) {
            return;
        }
        Point size = plot.getSize();
        loader.want(new ChartRequest(devices, Set.copyOf(hidden), viewport.window(), Math.max(1, size.x),
                Math.max(1, size.y), viewport.isLive()));
        toolbar.sync(viewport);
        frames.request();
        if (refresh != null) {
            refresh.refreshNow();
        }
    }

    /** Runs in the background job. */
    private Loaded load() {
        ChartFrame loaded = loader.load();
        List<CommandRecord> sent = List.of();
        try {
            sent = CommandMarkers.load(commands, loaded.request().devices(), loaded.request().window());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the command history for the chart's markers failed", e);
        }
        List<ServiceRecord> made = List.of();
        try {
            made = ServiceMarkers.load(cases, loaded.request().devices(), loaded.request().window());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the cases and work orders for the chart's markers failed", e);
        }
        return new Loaded(loaded, sent, made);
    }

    private void show(Loaded loaded) {
        if (loaded.frame() != frame && loaded.frame().request().devices().equals(devices)) {
            frame = loaded.frame();
            if (!loaded.commands().equals(frameCommands)) {
                frameCommands = loaded.commands();
            }
            if (!loaded.services().equals(frameServices)) {
                frameServices = loaded.services();
            }
            frames.request();
        }
    }

    /** One frame: project the latest data to the window and size on screen, set the axes, repaint. */
    private void renderFrame() {
        ChartFrame f = frame;
        Point size = plot.getSize();
        if (f == null || size.x < 1 || size.y < 1) {
            return;
        }
        TraceProjection p = f.projectionFor(shownWindow(f), size.x, size.y);
        List<Color> traceColors = colors.of(f.traces().stream().map(ColumnTrace::key).toList());
        painter.show(new ChartScene(f, p, f.polylinesFor(p), traceColors, frameCommands, frameServices,
                crosshairX, crosshairY));
        tuning.overlay();
        legend.show(f.traces().stream().map(t -> t.key().deviceId() + " " + t.key().measurement()).toList(),
                traceColors);
        if (axes.ranges(p)) {
            // the axes and title are painted on the chart itself, the plot is a child that is not redrawn with it
            Point area = chart.getSize();
            chart.redraw(0, 0, area.x, area.y, false);
        }
        plot.redraw();
        toolbar.sync(viewport);
        readout.show(painter.scene(), frame, crosshairX);
    }

    /** While live, the window ends where the loaded data ends, so the newest point sits at the right edge. */
    private TimeWindow shownWindow(ChartFrame f) {
        if (!viewport.isLive()) {
            return viewport.window();
        }
        long end = f.request().live() ? f.request().window().to() : clock.millis();
        return new TimeWindow(end - viewport.window().span(), end);
    }
}
