package org.connectedservice.ui.telemetry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.ChartFrameSource;
import org.connectedservice.core.series.RangePreset;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Live and historical telemetry of the devices picked in the navigator: one trace per device and measurement, with
 * thresholds, hysteresis bands, alert, command, case and work-order markers and rules versions; the rule the Rules
 * editor opened for tuning gets draggable threshold and clear-threshold lines. The chart itself is
 * {@link TelemetryChart}; this part feeds it the services and the window's device selection. While the chart has
 * focus it keeps the first charted device as the selection, so device commands (Inject spike) still apply to it.
 */
public class TelemetryChartPart {

    @Inject
    private LiveTelemetry live;

    @Inject
    private RulesRepository rules;

    @Inject
    private AlertStore alerts;

    @Inject
    private ESelectionService selection;

    private TelemetryHistory history;
    private ThresholdTuning tuning;
    private CommandService commands;
    private CaseService cases;
    private ChartFrameSource source;
    private TelemetryChart chart;
    private List<Device> published = List.of();
    private List<Device> pending = List.of();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        source = new ChartFrameSource(live, rules, alerts);
        source.useHistory(history);
        chart = new TelemetryChart(parent, source, Clock.systemDefaultZone());
        chart.useTuning(tuning);
        chart.useCommands(commands);
        chart.useCases(cases);
        show(pending);
    }

    @Inject
    @Optional
    public void setHistory(TelemetryHistory telemetryHistory) {
        history = telemetryHistory;
        if (source != null) {
            source.useHistory(telemetryHistory);
        }
    }

    /** The window's rules editing, whose rule open for tuning is dragged on this chart. */
    @Inject
    @Optional
    public void setTuning(ThresholdTuning thresholdTuning) {
        tuning = thresholdTuning;
        if (chart != null) {
            chart.useTuning(thresholdTuning);
        }
    }

    /** The command history, for the command markers. */
    @Inject
    @Optional
    public void setCommands(CommandService commandService) {
        commands = commandService;
        if (chart != null) {
            chart.useCommands(commandService);
        }
    }

    /** Cases and work orders, for their markers. */
    @Inject
    @Optional
    public void setCases(CaseService caseService) {
        cases = caseService;
        if (chart != null) {
            chart.useCases(caseService);
        }
    }

    @Inject
    @Optional
    public void setSelection(@Named(IServiceConstants.ACTIVE_SELECTION) Device selected) {
        if (selected == null) {
            return;
        }
        boolean partOfList = !published.isEmpty() && published.get(0).equals(selected);
        show(partOfList ? published : List.of(selected));
    }

    @Inject
    @Optional
    public void setSelectedDevices(@Named(DeviceNavigatorPart.SELECTED_DEVICES) List<Device> devices) {
        published = devices == null ? List.of() : List.copyOf(devices);
        if (!published.isEmpty()) {
            show(published);
        }
    }

    private void show(List<Device> devices) {
        if (chart == null) {
            pending = devices;
            return;
        }
        if (devices.isEmpty() || devices.equals(chart.shownDevices())) {
            return;
        }
        chart.showDevices(devices);
        selection.setSelection(devices.get(0));
    }

    public TelemetryChart telemetryChart() {
        return chart;
    }

    /** How many points the traces draw now. */
    public int plottedPoints() {
        ChartScene scene = chart.scene();
        int total = 0;
        if (scene != null) {
            for (int[] line : scene.polylines()) {
                total += line.length / 2;
            }
        }
        return total;
    }

    /** The threshold lines on the chart, as their values. */
    public List<Double> thresholdLines() {
        ChartFrame frame = chart.shownFrame();
        return frame == null ? List.of() : frame.thresholdLines();
    }

    /** The first charted device (the one device commands act on), or null. */
    public Device shownDevice() {
        List<Device> shown = chart.shownDevices();
        return shown.isEmpty() ? null : shown.get(0);
    }

    public List<Device> shownDevices() {
        return chart.shownDevices();
    }

    public int visibleTraceCount() {
        ChartFrame frame = chart.shownFrame();
        return frame == null ? 0 : (int) frame.traces().stream().filter(t -> t.size() > 0).count();
    }

    public void setRange(RangePreset preset) {
        chart.showPreset(preset);
    }

    public void setRange(TimeWindow window) {
        chart.showRange(window);
    }

    public double lastFrameMillis() {
        return chart.lastFrameMillis();
    }

    public void exportCsv(Path file) throws IOException {
        chart.exportCsv(file);
    }

    public void exportPng(Path file) {
        chart.exportPng(file);
    }

    public Chart chart() {
        return chart.chart();
    }

    public List<String> legendNames() {
        return chart.legendNames();
    }

    @Focus
    public void focus() {
        chart.chart().getPlotArea().getControl().setFocus();
    }
}
