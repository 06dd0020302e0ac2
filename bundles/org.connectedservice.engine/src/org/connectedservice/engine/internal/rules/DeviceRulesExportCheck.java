package org.connectedservice.engine.internal.rules;

import java.util.Locale;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.ThresholdRule;

/** Why a rule cannot be written to devicerules.json, which only says "this measurement of this type above N". */
final class DeviceRulesExportCheck {

    private DeviceRulesExportCheck() {
    }

    /** The reason, or null when the rule fits the format. */
    static String whyNot(ThresholdRule r) {
        if (r.condition().kind() != ConditionKind.GREATER_THAN) {
            return "devicerules.json only holds greater-than thresholds; this rule is " + r.condition().text();
        }
        if (!r.aggregation().isInstant()) {
            return "devicerules.json compares single readings; this rule uses "
                    + RuleSetDiff.aggregation(r.aggregation());
        }
        if (r.scope().kind() != RuleScope.Kind.DEVICE_TYPE) {
            return "devicerules.json scopes thresholds by device type; this rule watches "
                    + RulesJsonWriter.scopeField(r.scope().kind()) + " " + String.join(", ", r.scope().values());
        }
        if (!r.sustain().isZero()) {
            return "devicerules.json has no sustain; this rule must hold for " + RulesJsonWriter.seconds(r.sustain())
                    + " s";
        }
        if (r.clearThreshold() != null) {
            return "devicerules.json has no hysteresis; this rule clears at "
                    + RulesJsonWriter.number(r.clearThreshold());
        }
        if (!r.suppression().isZero()) {
            return "devicerules.json has no suppression; this rule stays quiet for "
                    + RulesJsonWriter.seconds(r.suppression()) + " s after a fault";
        }
        String m = r.measurement().toLowerCase(Locale.ROOT);
        if (m.equals(DeviceRulesJson.DEVICE_TYPE.toLowerCase(Locale.ROOT)) || DeviceRulesJson.isRuleOutput(m)) {
            return "the measurement name " + r.measurement() + " clashes with devicerules.json's own field names";
        }
        return null;
    }
}
