package org.connectedservice.ui.telemetry;

import java.util.List;
import java.util.TimeZone;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * SWTChart's part of the chart: axes, title and legend. Its series stay empty (they only give the legend its
 * entries) and its grid is off: {@link TracePainter} paints grid and traces, so SWTChart never copies or
 * compresses trace data.
 */
final class ChartAxes {

    private static final long TEN_MINUTES = 600_000;
    private static final long TWO_DAYS = 2 * 24 * 3_600_000L;

    private final Chart chart;
    private final TimeZone zone;
    private List<SeriesKey> legendKeys = List.of();
    private TraceProjection applied;
    private String format = "";

    ChartAxes(Chart chart, TimeZone zone) {
        this.chart = chart;
        this.zone = zone;
        chart.enableCompress(false);
        chart.getTitle().setText("Select one or more devices on the left to chart their telemetry");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Time");
        // SWTChart draws a vertical title through an image it reads back pixel by pixel, on every repaint of the
        // chart; the legend and the readout line name the measurements, so the value axis goes without one
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().getXAxis(0).getGrid().setStyle(LineStyle.NONE);
        chart.getAxisSet().getYAxis(0).getGrid().setStyle(LineStyle.NONE);
    }

    void title(List<Device> devices) {
        String text;
        if (devices.isEmpty()) {
            text = "Select one or more devices on the left to chart their telemetry";
        } else if (devices.size() == 1) {
            text = devices.get(0).id() + " (" + devices.get(0).deviceType() + ")";
        } else {
            text = devices.size() + " devices: " + String.join(", ", devices.stream().map(Device::id).limit(6).toList())
                    + (devices.size() > 6 ? ", ..." : "");
        }
        chart.getTitle().setText(text);
    }

    /** One legend entry per trace, in the painter's colours; true when the entries changed. */
    boolean legend(List<ColumnTrace> traces, List<Color> colors) {
        List<SeriesKey> keys = traces.stream().map(ColumnTrace::key).toList();
        if (keys.equals(legendKeys)) {
            return false;
        }
        legendKeys = keys;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        for (int i = 0; i < keys.size(); i++) {
            String id = keys.get(i).deviceId() + " " + keys.get(i).measurement();
            ILineSeries<?> entry = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
            entry.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            entry.setLineColor(colors.get(i));
        }
        return true;
    }

    /** The axes' ranges (and time format) for a projection; true when they changed. */
    boolean ranges(TraceProjection p) {
        if (applied != null && applied.window().equals(p.window()) && applied.yMin() == p.yMin()
                && applied.yMax() == p.yMax()) {
            return false;
        }
        applied = p;
        TimeWindow w = p.window();
        IAxis x = chart.getAxisSet().getXAxis(0);
        // each setRange lays the whole chart out again (legend included); suspended, it is laid out once at the end
        chart.suspendUpdate(true);
        try {
            x.setRange(new Range(w.from(), w.to()));
            chart.getAxisSet().getYAxis(0).setRange(new Range(p.yMin(), p.yMax()));
            String pattern = w.span() <= TEN_MINUTES ? "HH:mm:ss" : w.span() <= TWO_DAYS ? "HH:mm" : "MMM d HH:mm";
            if (!pattern.equals(format)) {
                format = pattern;
                x.getTick().setFormat(new TimeTickFormat(pattern, zone));
            }
        } finally {
            chart.suspendUpdate(false);
        }
        return true;
    }
}
