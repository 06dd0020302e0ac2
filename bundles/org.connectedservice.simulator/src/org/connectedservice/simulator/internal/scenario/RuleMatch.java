package org.connectedservice.simulator.internal.scenario;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.ThresholdRule;

/** A scenario names a rule by id or by name, in any case; "*" is any rule. */
final class RuleMatch {

    static final String ANY = "*";

    private RuleMatch() {
    }

    static boolean names(ThresholdRule rule, String reference) {
        return reference.equals(ANY) || rule.id().equalsIgnoreCase(reference) || rule.name().equalsIgnoreCase(reference);
    }

    static boolean matches(Fault fault, String rule, String device) {
        boolean ruleMatches = rule.equals(ANY) || fault.ruleId().equalsIgnoreCase(rule)
                || fault.ruleName().equalsIgnoreCase(rule);
        return ruleMatches && (device == null || fault.deviceId().equalsIgnoreCase(device));
    }
}
