package org.connectedservice.ui.telemetry;

import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;

/** Everything one chart frame needs, fetched and reduced off the UI thread. */
record ChartData(Device device, List<Trace> traces, List<ThresholdRule> rules) {

    record Trace(String measurement, SeriesSnapshot points) {
    }
}
