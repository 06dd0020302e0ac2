package org.connectedservice.core.backtest;

import java.time.Instant;

/**
 * An alert one rule set raises and the other does not. Alerts are matched on device, rule id and window start, so
 * a candidate that only changes a rule's threshold still matches the alerts both versions raise.
 */
public record AlertChange(String deviceId, String ruleId, String ruleName, String measurement, Instant windowStart,
        Instant raisedAt, double value, double threshold) {
}
