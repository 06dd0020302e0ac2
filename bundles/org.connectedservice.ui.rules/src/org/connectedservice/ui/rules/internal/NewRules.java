package org.connectedservice.ui.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

/** Rules the editor adds: a new one like the selected rule, or a copy, each with an id no other rule has. */
final class NewRules {

    private NewRules() {
    }

    static ThresholdRule like(ThresholdRule selected, List<ThresholdRule> rules) {
        String id = freeId("new-rule", rules);
        return selected == null
                ? ThresholdRule.greaterThan(id, 1, "New rule", "Thermostat", "Temperature", 70, Severity.MEDIUM)
                : ThresholdRule.greaterThan(id, 1, "New rule", selected.scope().values().get(0),
                        selected.measurement(), selected.threshold(), selected.severity());
    }

    static ThresholdRule copyOf(ThresholdRule rule, List<ThresholdRule> rules) {
        try {
            ThresholdRule renamed = RuleField.ID.apply(rule, freeId(rule.id() + "-copy", rules));
            return RuleField.NAME.apply(renamed, rule.name() + " (copy)").withVersion(1);
        } catch (FieldProblem e) {
            throw new IllegalStateException("copying rule " + rule.id() + " failed: " + e.getMessage(), e);
        }
    }

    private static String freeId(String stem, List<ThresholdRule> rules) {
        Set<String> taken = rules.stream().map(r -> r.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String id = stem;
        for (int n = 2; taken.contains(id.toLowerCase(Locale.ROOT)); n++) {
            id = stem + "-" + n;
        }
        return id;
    }
}
