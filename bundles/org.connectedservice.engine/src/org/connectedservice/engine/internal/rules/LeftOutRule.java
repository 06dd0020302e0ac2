package org.connectedservice.engine.internal.rules;

import org.connectedservice.core.model.ThresholdRule;

/** A rule an export could not carry, and why, so the user knows what the exported file does not do. */
public record LeftOutRule(String ruleId, int version, String name, String reason) {

    static LeftOutRule of(ThresholdRule rule, String reason) {
        return new LeftOutRule(rule.id(), rule.version(), rule.name(), reason);
    }

    /** e.g. "pump-low (v2, Low pressure): devicerules.json only holds greater-than thresholds ..." */
    public String text() {
        return ruleId + " (v" + version + ", " + name + "): " + reason;
    }
}
