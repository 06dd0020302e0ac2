package org.connectedservice.ui.telemetry;

import java.util.List;
import java.util.TimeZone;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * SWTChart's part of the chart: axes and title. It has no series and its grid and legend are off: {@link TracePainter}
 * paints grid and traces and {@link TraceLegend} names them, so SWTChart never copies or compresses trace data.
 */
final class ChartAxes {

    private static final long TEN_MINUTES = 600_000;
    private static final long TWO_DAYS = 2 * 24 * 3_600_000L;

    private final Chart chart;
    private final TimeZone zone;
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
        chart.getLegend().setVisible(false);
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

    /** The axes' ranges (and time format) for a projection; true when they changed. */
    boolean ranges(TraceProjection p) {
        if (applied != null && applied.window().equals(p.window()) && applied.yMin() == p.yMin()
                && applied.yMax() == p.yMax()) {
            return false;
        }
        applied = p;
        TimeWindow w = p.window();
        IAxis x = chart.getAxisSet().getXAxis(0);
        // each setRange lays the whole chart out again; suspended, it is laid out once at the end
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
