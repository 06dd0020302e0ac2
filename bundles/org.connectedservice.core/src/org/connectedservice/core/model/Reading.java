package org.connectedservice.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One telemetry message from a device: several measurements taken at the same instant. */
public record Reading(String deviceId, String deviceType, Instant time, Map<String, Double> values) {

    public Reading {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(time, "time");
        values = Map.copyOf(values);
    }
}
