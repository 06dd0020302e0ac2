package org.connectedservice.core.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One row of the simulator view's device list. */
public record DeviceStatus(String deviceId, String model, String deviceType, DeviceState state,
        List<InjectionKind> activeFaults, Duration interval, String displayMessage,
        Map<String, String> reportedProperties, long messagesSent) {

    public DeviceStatus {
        activeFaults = List.copyOf(activeFaults);
        reportedProperties = Map.copyOf(reportedProperties);
    }
}
