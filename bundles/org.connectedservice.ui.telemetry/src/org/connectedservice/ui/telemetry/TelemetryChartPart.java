package org.connectedservice.ui.telemetry;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Live chart of the selected device: one trace per measurement, reduced in core to about two points per pixel
 * column, with each applicable rule's threshold drawn as a dashed line in the trace's colour.
 */
public class TelemetryChartPart {

    private static final String THRESHOLD_PREFIX = "threshold: ";
    private static final int[] PALETTE = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
            SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

    @Inject
    private LiveTelemetry live;

    @Inject
    private RulesRepository rules;

    private Chart chart;
    private PeriodicRefresh<ChartData> refresh;
    private volatile Device device;
    private volatile int plotWidth = 1000;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        chart = new Chart(parent, SWT.NONE);
        chart.enableCompress(false);
        chart.getTitle().setText("Select a device on the left to see its live telemetry");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Time");
        chart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("HH:mm:ss"));
        chart.getAxisSet().getYAxis(0).getTitle().setText("Reading");
        chart.getPlotArea().getControl().addListener(SWT.Resize,
                e -> plotWidth = Math.max(100, chart.getPlotArea().getControl().getSize().x));
        refresh = PeriodicRefresh.start("Refreshing telemetry chart", chart, 500, this::fetch, this::show);
    }

    @Inject
    @Optional
    public void setSelection(@Named(IServiceConstants.ACTIVE_SELECTION) Device selected) {
        if (selected != null && !selected.equals(device)) {
            device = selected;
            if (refresh != null) {
                refresh.refreshNow();
            }
        }
    }

    private ChartData fetch() {
        Device shown = device;
        if (shown == null) {
            return new ChartData(null, List.of(), List.of());
        }
        List<ChartData.Trace> traces = new ArrayList<>();
        for (String measurement : live.measurements(shown.id())) {
            traces.add(new ChartData.Trace(measurement, live.snapshot(shown.id(), measurement, plotWidth)));
        }
        List<ThresholdRule> applicable = rules.activeRules().stream().filter(r -> r.appliesTo(shown.deviceType()))
                .toList();
        return new ChartData(shown, traces, applicable);
    }

    private void show(ChartData data) {
        if (data.device() == null) {
            return;
        }
        chart.suspendUpdate(true);
        try {
            chart.getTitle().setText(data.device().id() + " (" + data.device().deviceType() + ")");
            Set<String> wanted = new HashSet<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int i = 0; i < data.traces().size(); i++) {
                ChartData.Trace trace = data.traces().get(i);
                SeriesSnapshot points = trace.points();
                if (points.size() == 0) {
                    continue;
                }
                first = Math.min(first, points.times()[0]);
                last = Math.max(last, points.times()[points.size() - 1]);
                Color color = chart.getDisplay().getSystemColor(PALETTE[i % PALETTE.length]);
                ILineSeries<?> series = line(trace.measurement(), color, LineStyle.SOLID);
                series.setXDateSeries(dates(points.times()));
                series.setYSeries(points.values());
                wanted.add(trace.measurement());
                ThresholdRule rule = ruleFor(data.rules(), trace.measurement());
                if (rule != null) {
                    String id = THRESHOLD_PREFIX + trace.measurement() + " " + rule.condition().text() + " ("
                            + rule.name() + " v" + rule.version() + ")";
                    ILineSeries<?> threshold = line(id, chart.getDisplay().getSystemColor(SWT.COLOR_RED), LineStyle.DASH);
                    threshold.setXDateSeries(new Date[] { new Date(points.times()[0]), new Date(points.times()[points.size() - 1]) });
                    threshold.setYSeries(new double[] { rule.threshold(), rule.threshold() });
                    threshold.setDescription(id.substring(THRESHOLD_PREFIX.length()));
                    wanted.add(id);
                }
            }
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                if (!wanted.contains(s.getId())) {
                    chart.getSeriesSet().deleteSeries(s.getId());
                }
            }
            if (first <= last) {
                chart.getAxisSet().adjustRange();
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private static ThresholdRule ruleFor(List<ThresholdRule> rules, String measurement) {
        return rules.stream().filter(r -> r.measurement().equalsIgnoreCase(measurement)).findFirst().orElse(null);
    }

    private ILineSeries<?> line(String id, Color color, LineStyle style) {
        ISeries<?> existing = chart.getSeriesSet().getSeries(id);
        if (existing instanceof ILineSeries<?> line) {
            return line;
        }
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        line.setLineColor(color);
        line.setLineStyle(style);
        line.setLineWidth(style == LineStyle.SOLID ? 2 : 1);
        return line;
    }

    private static Date[] dates(long[] times) {
        Date[] dates = new Date[times.length];
        for (int i = 0; i < times.length; i++) {
            dates[i] = new Date(times[i]);
        }
        return dates;
    }

    /** How many telemetry points the chart plots now (threshold lines excluded). */
    public int plottedPoints() {
        int total = 0;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (!s.getId().startsWith(THRESHOLD_PREFIX)) {
                total += s.getYSeries().length;
            }
        }
        return total;
    }

    /** The threshold lines on the chart, as their values. */
    public List<Double> thresholdLines() {
        List<Double> values = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (s.getId().startsWith(THRESHOLD_PREFIX)) {
                values.add(s.getYSeries()[0]);
            }
        }
        return values;
    }

    public Device shownDevice() {
        return device;
    }

    public Chart chart() {
        return chart;
    }

    @Focus
    public void focus() {
        chart.setFocus();
    }
}
