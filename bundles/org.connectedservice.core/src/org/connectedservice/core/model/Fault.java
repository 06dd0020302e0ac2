package org.connectedservice.core.model;

import java.time.Instant;

/**
 * A rule break (or its end) on one device. The token names the episode: device, rule, rule version and the
 * time the episode started, so a retried delivery can never make a second alert.
 */
public record Fault(String token, FaultKind kind, String deviceId, String deviceType, String ruleId, int ruleVersion,
        String ruleName, String measurement, double value, double threshold, Severity severity, String alertType,
        Instant time, String description) {

    public static String tokenFor(String deviceId, String ruleId, int ruleVersion, Instant episodeStart) {
        return deviceId + "|" + ruleId + "|v" + ruleVersion + "|" + episodeStart.toEpochMilli();
    }
}
