package org.connectedservice.engine.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.ThresholdRule;

/**
 * What makes a rule usable beyond the shape of its fields, shared by the file reader (which adds the line) and by
 * apply() (which refuses the whole change). Field names are those of the rules file.
 */
public final class RuleChecks {

    public static final List<String> ALERT_TYPES = List.of("Anomaly", "Information", "Preventive Maintenance", "Test");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** One thing wrong with one rule. */
    public record RuleProblem(String ruleId, String field, String message) {

        public String text() {
            return "rule \"" + ruleId + "\", field " + field + ": " + message;
        }
    }

    private RuleChecks() {
    }

    /** @throws IllegalArgumentException naming the rule and field of the first problem */
    public static void require(List<ThresholdRule> rules) {
        Optional<RuleProblem> problem = firstProblem(rules);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().text());
        }
    }

    public static Optional<RuleProblem> firstProblem(List<ThresholdRule> rules) {
        Map<String, String> ids = new HashMap<>();
        for (ThresholdRule rule : rules) {
            Optional<RuleProblem> problem = problemOf(rule);
            if (problem.isPresent()) {
                return problem;
            }
            String earlier = ids.put(rule.id().toLowerCase(Locale.ROOT), rule.id());
            if (earlier != null) {
                return Optional.of(new RuleProblem(rule.id(), "id", "another rule already has the id \"" + earlier
                        + "\"; give each rule its own id"));
            }
        }
        return Optional.empty();
    }

    public static Optional<RuleProblem> problemOf(ThresholdRule r) {
        String id = r.id() == null ? "" : r.id();
        String message;
        String field;
        if (!ID.matcher(id).matches()) {
            field = "id";
            message = "use letters, digits, '.', '_' and '-' only, starting with a letter or digit, like "
                    + "\"pump-pressure-high\"; found \"" + id + "\"";
        } else if (blank(r.name())) {
            field = "name";
            message = "give the rule a name, like \"AlarmTemp\"";
        } else if (r.scope() == null || r.scope().values().stream().anyMatch(RuleChecks::blank)) {
            field = "scope";
            message = "name the device type, the devices or the asset the rule watches, like {\"deviceType\": \"Pump\"}";
        } else if (blank(r.measurement())) {
            field = "measurement";
            message = "name the measurement, like \"Temperature\"";
        } else if (r.condition() == null) {
            field = "condition";
            message = "give a condition: >, >=, <, <=, outside, inside, rate or nodata";
        } else if (r.condition().kind() != ConditionKind.NO_DATA && !Double.isFinite(r.threshold())) {
            field = "threshold";
            message = "needs a number, like 70.5";
        } else if (r.condition().kind() == ConditionKind.NO_DATA && !r.aggregation().isInstant()) {
            field = "aggregation";
            message = "a no-data rule watches arrivals, not values; set \"aggregation\": \"instant\"";
        } else if (r.sustain().isNegative()) {
            field = "sustainSeconds";
            message = "cannot be negative; use 0 for none";
        } else if (r.suppression().isNegative()) {
            field = "suppressionSeconds";
            message = "cannot be negative; use 0 for none";
        } else if (r.clearThreshold() != null && (message = hysteresisProblem(r)) != null) {
            field = "clearThreshold";
        } else if (r.severity() == null) {
            field = "severity";
            message = "use one of LOW, MEDIUM, HIGH, CRITICAL";
        } else if (!ALERT_TYPES.contains(r.alertType())) {
            field = "alertType";
            message = "unknown alert type \"" + r.alertType() + "\"; use one of " + String.join(", ", ALERT_TYPES);
        } else {
            return Optional.empty();
        }
        return Optional.of(new RuleProblem(id, field, message));
    }

    /** The alert type as the console spells it, or null when it is not one. */
    public static String alertType(String text) {
        return ALERT_TYPES.stream().filter(t -> t.equalsIgnoreCase(text.trim())).findFirst().orElse(null);
    }

    private static String hysteresisProblem(ThresholdRule r) {
        double clear = r.clearThreshold();
        double threshold = r.threshold();
        String t = RulesJsonWriter.number(threshold);
        if (!Double.isFinite(clear)) {
            return "needs a number, or null for no hysteresis";
        }
        return switch (r.condition().kind()) {
            case GREATER_THAN, GREATER_OR_EQUAL, RATE_OF_CHANGE -> clear <= threshold ? null
                    : "must be at or below the threshold " + t + ", since the value clears by falling back past it";
            case LESS_THAN, LESS_OR_EQUAL -> clear >= threshold ? null
                    : "must be at or above the threshold " + t + ", since the value clears by rising back past it";
            default -> "hysteresis works with >, >=, <, <= and rate conditions; set \"clearThreshold\": null";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
