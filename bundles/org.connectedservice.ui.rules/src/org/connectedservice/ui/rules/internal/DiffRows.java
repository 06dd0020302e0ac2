package org.connectedservice.ui.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.RuleSetDiff;

/** Two versions side by side, one row per field that differs: a whole rule for an added or removed one. */
public final class DiffRows {

    public enum Change {
        ADDED, REMOVED, CHANGED
    }

    public record Row(String rule, String field, String left, String right, Change change) {
    }

    private DiffRows() {
    }

    public static List<Row> between(RuleSetVersion left, RuleSetVersion right) {
        RuleSetDiff diff = RuleSetDiff.between(left, right);
        List<Row> rows = new ArrayList<>();
        for (RuleSetDiff.RuleChange c : diff.changed()) {
            for (RuleSetDiff.FieldChange f : c.fields()) {
                rows.add(new Row(title(c.after()), f.field(), f.before(), f.after(), Change.CHANGED));
            }
        }
        for (ThresholdRule r : diff.removed()) {
            whole(rows, r, Change.REMOVED);
        }
        for (ThresholdRule r : diff.added()) {
            whole(rows, r, Change.ADDED);
        }
        return rows;
    }

    /** A default comment for applying a draft, e.g. "AlarmTemp: threshold 70 -> 75; added pump-low". */
    public static String summary(RuleSetVersion from, List<ThresholdRule> draft) {
        RuleSetDiff diff = RuleSetDiff.between(from, new RuleSetVersion(from.number() + 1, from.time(), "", "", draft));
        List<String> parts = new ArrayList<>();
        for (RuleSetDiff.RuleChange c : diff.changed()) {
            List<String> fields = c.fields().stream().map(f -> f.field() + " " + f.before() + " \u2192 " + f.after())
                    .toList();
            parts.add(c.after().name() + ": " + String.join(", ", fields));
        }
        diff.added().forEach(r -> parts.add("added " + r.id()));
        diff.removed().forEach(r -> parts.add("removed " + r.id()));
        if (parts.size() > 3) {
            int more = parts.size() - 3;
            parts.subList(3, parts.size()).clear();
            parts.add("and " + more + " more");
        }
        return String.join("; ", parts);
    }

    private static void whole(List<Row> rows, ThresholdRule r, Change change) {
        for (Map.Entry<String, String> f : RuleSetDiff.fields(r).entrySet()) {
            boolean removed = change == Change.REMOVED;
            rows.add(new Row(title(r), f.getKey(), removed ? f.getValue() : "", removed ? "" : f.getValue(), change));
        }
    }

    private static String title(ThresholdRule r) {
        return r.id() + " (v" + r.version() + ")";
    }
}
