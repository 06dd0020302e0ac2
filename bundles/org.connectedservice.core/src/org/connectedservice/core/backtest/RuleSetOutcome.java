package org.connectedservice.core.backtest;

import java.util.List;

/**
 * What one rule set did over the backtest's readings: totals, flaps (raises cleared within the flap window), the
 * detection delay, and the same per device and rule (only pairs that raised or cleared something are listed,
 * ordered by device, then rule). incidents lists every labelled incident of the options, in their order.
 */
public record RuleSetOutcome(int rules, long raised, long cleared, long flaps, DetectionDelay detection,
        List<DeviceRuleOutcome> perDeviceRule, List<IncidentDetection> incidents) {

    public RuleSetOutcome {
        perDeviceRule = List.copyOf(perDeviceRule);
        incidents = List.copyOf(incidents);
    }
}
