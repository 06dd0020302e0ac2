package org.connectedservice.engine.internal.rules;

import java.time.Duration;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.ThresholdRule;

/** Why a rule cannot run in the exported Stream Analytics query, which evaluates rules from reference data. */
final class AsaExportCheck {

    /** Stream Analytics windows and LAG look back at most this far. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    private AsaExportCheck() {
    }

    /** The reason, or null when the query can run the rule as the console does. */
    static String whyNot(ThresholdRule r) {
        if (r.condition().kind() == ConditionKind.NO_DATA) {
            return "no-data rules need a timer per device, and Stream Analytics only computes when events arrive";
        }
        if (r.clearThreshold() != null) {
            return "hysteresis (clear at " + RulesJsonWriter.number(r.clearThreshold()) + ") needs each device's "
                    + "raised state from event to event, which LAG cannot carry"
                    + (r.sustain().isZero() ? "" : ", and sustain adds a start time on top");
        }
        if (!r.sustain().isZero()) {
            return "sustain (" + RulesJsonWriter.seconds(r.sustain()) + " s) needs the time the condition began "
                    + "per device and rule, which a query shared by all rules through reference data cannot vary";
        }
        if (!r.suppression().isZero()) {
            return "suppression (" + RulesJsonWriter.seconds(r.suppression()) + " s) needs the time of the last "
                    + "fault per device and rule, which a query shared by all rules through reference data cannot vary";
        }
        if (r.scope().kind() == RuleScope.Kind.ASSET) {
            return "the IoT Hub stream carries no asset; scope the rule by device type or by devices";
        }
        if (r.condition().kind() == ConditionKind.RATE_OF_CHANGE && !r.aggregation().isInstant()) {
            return "the rate of change of a window aggregate is not exported; use an instant rate rule";
        }
        if (r.aggregation().size().compareTo(LONGEST_WINDOW) > 0) {
            return "Stream Analytics windows last at most 7 days";
        }
        if (r.aggregation().size().toNanosPart() % 1_000_000 != 0 || r.aggregation().hop().toNanosPart() % 1_000_000 != 0) {
            return "Stream Analytics windows count whole milliseconds";
        }
        return null;
    }
}
