package org.connectedservice.engine.internal.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;

/**
 * What changed between two versions of the rules, rule by rule (matched by id) and field by field, with values shown
 * as the rules file writes them.
 */
public record RuleSetDiff(int fromVersion, int toVersion, List<ThresholdRule> added, List<ThresholdRule> removed,
        List<RuleChange> changed) {

    public record FieldChange(String field, String before, String after) {
    }

    public record RuleChange(String ruleId, ThresholdRule before, ThresholdRule after, List<FieldChange> fields) {
    }

    public RuleSetDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static RuleSetDiff between(RuleSetVersion from, RuleSetVersion to) {
        Map<String, ThresholdRule> before = new LinkedHashMap<>();
        from.rules().forEach(r -> before.put(r.id(), r));
        List<ThresholdRule> added = new ArrayList<>();
        List<RuleChange> changed = new ArrayList<>();
        for (ThresholdRule after : to.rules()) {
            ThresholdRule old = before.remove(after.id());
            if (old == null) {
                added.add(after);
            } else if (!RuleVersioning.sameContent(old, after)) {
                changed.add(new RuleChange(after.id(), old, after, fieldChanges(old, after)));
            }
        }
        return new RuleSetDiff(from.number(), to.number(), added, List.copyOf(before.values()), changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line for a status bar or a commit-like list, e.g. "1 added, 0 removed, 2 changed". */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed";
    }

    private static List<FieldChange> fieldChanges(ThresholdRule a, ThresholdRule b) {
        Map<String, String> before = fields(a);
        Map<String, String> after = fields(b);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : before.entrySet()) {
            String now = after.get(field.getKey());
            if (!Objects.equals(field.getValue(), now)) {
                changes.add(new FieldChange(field.getKey(), field.getValue(), now));
            }
        }
        return changes;
    }

    /** The fields of a rule as text, in file order and with file names (version left out: it follows content). */
    public static Map<String, String> fields(ThresholdRule r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", r.name());
        f.put("scope", RulesJsonWriter.scopeField(r.scope().kind()) + " " + String.join(", ", r.scope().values()));
        f.put("measurement", r.measurement());
        f.put("condition", r.condition().kind().symbol());
        f.put("threshold", RulesJsonWriter.number(r.threshold()));
        f.put("upper", Double.isNaN(r.condition().upper()) ? "none" : RulesJsonWriter.number(r.condition().upper()));
        f.put("silenceSeconds", seconds(r.condition().silence()));
        f.put("aggregation", aggregation(r.aggregation()));
        f.put("sustainSeconds", seconds(r.sustain()));
        f.put("clearThreshold", r.clearThreshold() == null ? "none" : RulesJsonWriter.number(r.clearThreshold()));
        f.put("severity", r.severity().name());
        f.put("alertType", r.alertType());
        f.put("suppressionSeconds", seconds(r.suppression()));
        f.put("description", r.descriptionTemplate());
        return f;
    }

    /** An aggregation as a person reads it, e.g. "avg over a hopping 60 s window every 10 s". */
    public static String aggregation(Aggregation a) {
        if (a.isInstant()) {
            return "instant";
        }
        String text = a.function().name().toLowerCase(Locale.ROOT) + " over a "
                + a.window().name().toLowerCase(Locale.ROOT) + " " + RulesJsonWriter.seconds(a.size()) + " s window";
        return a.window() == Aggregation.Window.HOPPING ? text + " every " + RulesJsonWriter.seconds(a.hop()) + " s"
                : text;
    }

    private static String seconds(Duration d) {
        return d == null ? "none" : RulesJsonWriter.seconds(d);
    }
}
