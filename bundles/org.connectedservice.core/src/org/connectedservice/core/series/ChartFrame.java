package org.connectedservice.core.series;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;

/**
 * Everything one chart frame draws, loaded and reduced off the UI thread: the traces, the overlays inside the
 * window, and the traces already projected to pixels for the plot size the request named. measurements lists every
 * measurement the devices have, hidden ones included, for the chart's filter; note says why something is missing.
 */
public record ChartFrame(ChartRequest request, List<String> measurements, List<ColumnTrace> traces,
        List<ThresholdMark> thresholds, List<IotAlert> alerts, List<RuleSetVersion> versions,
        TraceProjection projection, List<int[]> polylines, String note) {

    public ChartFrame {
        measurements = List.copyOf(measurements);
        traces = List.copyOf(traces);
        thresholds = List.copyOf(thresholds);
        alerts = List.copyOf(alerts);
        versions = List.copyOf(versions);
        polylines = List.copyOf(polylines);
        if (polylines.size() != traces.size()) {
            throw new IllegalArgumentException("one polyline per trace: " + polylines.size() + " for " + traces.size());
        }
    }

    public static ChartFrame empty(ChartRequest request, String note) {
        TraceProjection p = new TraceProjection(request.window(), 0, 1, request.width(), request.height());
        return new ChartFrame(request, List.of(), List.of(), List.of(), List.of(), List.of(), p, List.of(), note);
    }

    /** How many vertices the traces draw. */
    public int plottedPoints() {
        int total = 0;
        for (int[] line : polylines) {
            total += line.length / 2;
        }
        return total;
    }

    public List<Double> thresholdLines() {
        List<Double> lines = new ArrayList<>();
        for (ThresholdMark mark : thresholds) {
            lines.addAll(mark.lines());
        }
        return lines;
    }

    /** The same value range over another window or plot size, e.g. after a zoom before the next load arrives. */
    public TraceProjection projectionFor(TimeWindow window, int width, int height) {
        TraceProjection p = new TraceProjection(window, projection.yMin(), projection.yMax(), Math.max(1, width),
                Math.max(1, height));
        return p.equals(projection) ? projection : p;
    }

    /** The polylines for a projection: the precomputed ones when it is the frame's own, else projected now. */
    public List<int[]> polylinesFor(TraceProjection p) {
        if (p.equals(projection)) {
            return polylines;
        }
        List<int[]> lines = new ArrayList<>(traces.size());
        for (ColumnTrace trace : traces) {
            lines.add(p.polyline(trace));
        }
        return lines;
    }
}
