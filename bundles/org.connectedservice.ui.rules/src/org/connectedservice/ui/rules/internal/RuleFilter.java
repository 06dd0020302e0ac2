package org.connectedservice.ui.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.connectedservice.core.model.ThresholdRule;

/**
 * The rules table's filter and search. A filter is one of the fixed choices or "Measurement: X" / "Severity: X";
 * the search matches id, name, measurement, scope and condition, ignoring case, every word somewhere.
 */
public final class RuleFilter {

    public static final String ALL = "All rules";
    public static final String CHANGED = "Changed in draft";
    public static final String PROBLEMS = "With problems";
    private static final String MEASUREMENT = "Measurement: ";
    private static final String SEVERITY = "Severity: ";

    private RuleFilter() {
    }

    /** The filter choices for these rules, fixed ones first. */
    public static List<String> choices(List<ThresholdRule> rules) {
        List<String> choices = new ArrayList<>(List.of(ALL, CHANGED, PROBLEMS));
        Set<String> measurements = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> severities = new TreeSet<>();
        rules.forEach(r -> {
            measurements.add(r.measurement());
            severities.add(r.severity().name());
        });
        measurements.forEach(m -> choices.add(MEASUREMENT + m));
        severities.forEach(s -> choices.add(SEVERITY + s));
        return choices;
    }

    public static List<ThresholdRule> apply(List<ThresholdRule> rules, String filter, String search,
            Set<String> changed, Set<String> withProblems) {
        String[] words = search == null || search.isBlank() ? new String[0]
                : search.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return rules.stream().filter(r -> passes(r, filter, changed, withProblems)).filter(r -> {
            String text = (r.id() + " " + r.name() + " " + r.measurement() + " " + String.join(" ", r.scope().values())
                    + " " + r.condition().text()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!text.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    private static boolean passes(ThresholdRule r, String filter, Set<String> changed, Set<String> withProblems) {
        if (filter == null || filter.equals(ALL)) {
            return true;
        }
        if (filter.equals(CHANGED)) {
            return changed.contains(r.id());
        }
        if (filter.equals(PROBLEMS)) {
            return withProblems.contains(r.id());
        }
        if (filter.startsWith(MEASUREMENT)) {
            return r.measurement().equalsIgnoreCase(filter.substring(MEASUREMENT.length()));
        }
        return filter.startsWith(SEVERITY) && r.severity().name().equals(filter.substring(SEVERITY.length()));
    }
}
