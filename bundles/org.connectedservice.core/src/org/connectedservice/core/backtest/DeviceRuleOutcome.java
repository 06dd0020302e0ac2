package org.connectedservice.core.backtest;

import java.time.Duration;
import java.time.Instant;

/**
 * What one rule did on one device during a backtest. firstDetectionDelay is the time from the first reading (or
 * window) that broke the rule to its first raise: the hold-back the rule's own sustain, window and suppression
 * settings cause.
 */
public record DeviceRuleOutcome(String deviceId, String ruleId, String ruleName, int raised, int cleared, int flaps,
        Instant firstRaisedAt, Duration firstDetectionDelay) {
}
