package org.connectedservice.core.model;

import java.time.Instant;

/**
 * A rule break (or its end) on one device. time is when it was raised (or cleared); windowStart is where the
 * episode's evidence begins (the raising reading for instant rules, the window start for aggregates). The token
 * names the episode: device, rule, rule version and window start, so a retried delivery can never make a second
 * alert.
 */
public record Fault(String token, FaultKind kind, String deviceId, String deviceType, String ruleId, int ruleVersion,
        String ruleName, String measurement, double value, double threshold, Severity severity, String alertType,
        Instant time, String description, Instant windowStart) {

    public static String tokenFor(String deviceId, String ruleId, int ruleVersion, Instant episodeStart) {
        return deviceId + "|" + ruleId + "|v" + ruleVersion + "|" + episodeStart.toEpochMilli();
    }
}
