package org.connectedservice.core.backtest;

import java.time.Instant;
import java.util.Objects;

/**
 * A problem a person marked on a device, against which a rule set's detection delay is measured. measurement
 * narrows it to alerts on that measurement (null: any); end null means the incident had not ended.
 */
public record LabelledIncident(String deviceId, String measurement, Instant start, Instant end) {

    public LabelledIncident {
        Objects.requireNonNull(deviceId, "an incident needs the device it happened on");
        Objects.requireNonNull(start, "an incident needs the time it started");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("incident on " + deviceId + " ends (" + end + ") before it starts ("
                    + start + "): swap the two times");
        }
    }
}
