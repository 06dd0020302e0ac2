package org.connectedservice.core.model;

import java.time.Instant;

/** The console's local counterpart of Dynamics 365's msdyn_iotalert record. */
public record IotAlert(long id, String faultToken, Instant time, String deviceId, String ruleId, int ruleVersion,
        String ruleName, String measurement, double reading, double threshold, Severity severity, String alertType,
        AlertStatus status, String description) {
}
