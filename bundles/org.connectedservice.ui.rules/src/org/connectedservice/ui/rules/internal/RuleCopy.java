package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

/**
 * A rule taken apart so the form can change one field at a time. Switching a condition or aggregation kind fills in
 * the parts the new kind needs (a band's upper edge, a window size), so a combo choice never leaves the rule
 * unbuildable.
 */
final class RuleCopy {

    static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    static final Duration DEFAULT_SILENCE = Duration.ofSeconds(120);

    String id;
    int version;
    String name;
    RuleScope.Kind scopeKind;
    List<String> scopeValues;
    String measurement;
    ConditionKind kind;
    double threshold;
    double upper;
    Duration silence;
    Aggregation.Function function;
    Aggregation.Window window;
    Duration size;
    Duration hop;
    Duration sustain;
    Double clearThreshold;
    Severity severity;
    String alertType;
    Duration suppression;
    String description;

    RuleCopy(ThresholdRule r) {
        id = r.id();
        version = r.version();
        name = r.name();
        scopeKind = r.scope().kind();
        scopeValues = r.scope().values();
        measurement = r.measurement();
        kind = r.condition().kind();
        threshold = r.condition().threshold();
        upper = r.condition().upper();
        silence = r.condition().silence();
        function = r.aggregation().function();
        window = r.aggregation().window();
        size = r.aggregation().size();
        hop = r.aggregation().hop();
        sustain = r.sustain();
        clearThreshold = r.clearThreshold();
        severity = r.severity();
        alertType = r.alertType();
        suppression = r.suppression();
        description = r.descriptionTemplate();
    }

    void conditionKind(ConditionKind newKind) {
        kind = newKind;
        boolean band = newKind == ConditionKind.OUTSIDE_BAND || newKind == ConditionKind.INSIDE_BAND;
        if (band && !(upper >= threshold)) {
            upper = threshold + Math.max(1, Math.abs(threshold) * 0.1);
        } else if (!band) {
            upper = Double.NaN;
        }
        silence = newKind == ConditionKind.NO_DATA ? (silence == null ? DEFAULT_SILENCE : silence) : null;
    }

    void aggregationFunction(Aggregation.Function newFunction) {
        function = newFunction;
        if (newFunction != Aggregation.Function.INSTANT && window == Aggregation.Window.NONE) {
            window = Aggregation.Window.TUMBLING;
        }
        if (newFunction != Aggregation.Function.INSTANT && (size == null || size.isZero())) {
            size = DEFAULT_WINDOW;
        }
    }

    void aggregationWindow(Aggregation.Window newWindow) {
        if (newWindow == Aggregation.Window.NONE) {
            function = Aggregation.Function.INSTANT;
        } else if (function == Aggregation.Function.INSTANT) {
            aggregationFunction(Aggregation.Function.AVG);
        }
        window = newWindow;
        if (newWindow == Aggregation.Window.HOPPING && (hop == null || hop.isZero() || hop.compareTo(size) > 0)) {
            hop = size;
        }
    }

    /** @throws IllegalArgumentException with the record's own message when the parts do not make a rule */
    ThresholdRule build() {
        Condition condition = new Condition(kind, threshold, upper, kind == ConditionKind.NO_DATA ? silence : null);
        Aggregation aggregation = new Aggregation(function, window, size, hop);
        return new ThresholdRule(id, version, name, new RuleScope(scopeKind, scopeValues), measurement, condition,
                aggregation, sustain, clearThreshold, severity, alertType, suppression, description);
    }
}
