package org.connectedservice.core.series;

import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Device;

/**
 * What a chart asks to see: these devices' traces (all their measurements but the hidden ones) over a window, for a
 * plot of width x height pixels; live says whether the window follows now.
 */
public record ChartRequest(List<Device> devices, Set<String> hiddenMeasurements, TimeWindow window, int width,
        int height, boolean live) {

    public ChartRequest {
        devices = List.copyOf(devices);
        hiddenMeasurements = Set.copyOf(hiddenMeasurements);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a plot needs a positive size, got " + width + "x" + height);
        }
    }

    public boolean shows(String measurement) {
        for (String hidden : hiddenMeasurements) {
            if (hidden.equalsIgnoreCase(measurement)) {
                return false;
            }
        }
        return true;
    }
}
