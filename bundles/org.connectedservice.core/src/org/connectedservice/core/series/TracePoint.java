package org.connectedservice.core.series;

import org.connectedservice.core.model.SeriesKey;

/** One point of a trace as a crosshair reads it: a single reading, or the min and max of count readings. */
public record TracePoint(SeriesKey key, long time, double min, double max, long count) {

    public String text() {
        String name = key.deviceId() + " " + key.measurement() + " ";
        if (count == 1 || min == max) {
            return name + ThresholdMark.format(min);
        }
        return name + ThresholdMark.format(min) + ".." + ThresholdMark.format(max) + " (" + count + " readings)";
    }
}
