package org.connectedservice.core.service;

import java.util.List;

import org.connectedservice.core.series.SeriesSnapshot;

/** Recent readings kept in memory per device and measurement, for live charts. */
public interface LiveTelemetry {

    List<String> measurements(String deviceId);

    /** The trace reduced to at most about 2 x maxPoints points (min and max per bucket). */
    SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints);
}
