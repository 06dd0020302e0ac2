package org.connectedservice.ui.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.RuleChecks;
import org.connectedservice.engine.internal.rules.RuleVersioning;

/**
 * The rules as being edited, before they are applied to the engine: every change is an undoable edit, and text that
 * does not parse is kept as a problem on its field (the draft keeps the last good value). Used on one thread.
 */
public final class RulesDraft {

    private final EditHistory history = new EditHistory();
    private final Map<String, FieldProblem> typing = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private RuleSetVersion base;
    private List<ThresholdRule> rules;
    private String selected;

    public RulesDraft(RuleSetVersion base) {
        this.base = base;
        this.rules = base.rules();
        this.selected = rules.isEmpty() ? null : rules.get(0).id();
    }

    public List<ThresholdRule> rules() {
        return rules;
    }

    public RuleSetVersion base() {
        return base;
    }

    public Optional<ThresholdRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public String selected() {
        return selected;
    }

    public Optional<ThresholdRule> selectedRule() {
        return rule(selected);
    }

    public void select(String ruleId) {
        if (!Objects.equals(selected, ruleId)) {
            history.seal();
            selected = ruleId;
            changed();
        }
    }

    public boolean isDirty() {
        return !RuleVersioning.sameContent(rules, base.rules());
    }

    /** Ids of the rules that are new or differ from the base version. */
    public Set<String> changedRuleIds() {
        Map<String, ThresholdRule> before = base.rules().stream()
                .collect(Collectors.toMap(ThresholdRule::id, r -> r, (a, b) -> a));
        return rules.stream()
                .filter(r -> before.get(r.id()) == null || !RuleVersioning.sameContent(before.get(r.id()), r))
                .map(ThresholdRule::id).collect(Collectors.toSet());
    }

    /** Sets a field from typed text; returns the problem when the text does not make a rule (nothing changes then). */
    public Optional<FieldProblem> edit(String ruleId, RuleField field, String text) {
        ThresholdRule rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        ThresholdRule changed;
        try {
            changed = field.apply(rule, text);
        } catch (FieldProblem problem) {
            typing.put(ruleId + "|" + field, problem);
            changed();
            return Optional.of(problem);
        }
        typing.remove(ruleId + "|" + field);
        String label = field.label().replace(" (s)", "").toLowerCase(Locale.ROOT) + " of " + rule.name();
        replace(rule, changed, "Change " + label, ruleId + "|" + field);
        return Optional.empty();
    }

    public void setThreshold(String ruleId, double value) {
        ThresholdRule rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        typing.remove(ruleId + "|" + RuleField.THRESHOLD);
        replace(rule, rule.withThreshold(value), "Change threshold of " + rule.name(),
                ruleId + "|" + RuleField.THRESHOLD);
    }

    public Optional<FieldProblem> setClearThreshold(String ruleId, Double value) {
        return edit(ruleId, RuleField.CLEAR_THRESHOLD, value == null ? "" : RuleField.number(value));
    }

    public String addRule() {
        ThresholdRule rule = NewRules.like(selectedRule().orElse(null), rules);
        String id = rule.id();
        List<ThresholdRule> after = new ArrayList<>(rules);
        after.add(rule);
        record(new RulesEdit("Add rule " + id, null, rules, after, selected, id));
        return id;
    }

    public String duplicate(String ruleId) {
        ThresholdRule rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        ThresholdRule copy = NewRules.copyOf(rule, rules);
        String id = copy.id();
        List<ThresholdRule> after = new ArrayList<>(rules);
        after.add(rules.indexOf(rule) + 1, copy);
        record(new RulesEdit("Duplicate " + rule.name(), null, rules, after, selected, id));
        return id;
    }

    public void delete(String ruleId) {
        ThresholdRule rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        int index = rules.indexOf(rule);
        List<ThresholdRule> after = new ArrayList<>(rules);
        after.remove(index);
        String next = after.isEmpty() ? null : after.get(Math.min(index, after.size() - 1)).id();
        record(new RulesEdit("Delete " + rule.name(), null, rules, after, ruleId, next));
    }

    /** Adds imported rules; one with the id of a draft rule replaces it. Returns how many replaced a rule. */
    public int importRules(List<ThresholdRule> imported, String source) {
        Map<String, ThresholdRule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        int replaced = 0;
        for (ThresholdRule r : imported) {
            replaced += byId.put(r.id(), r) == null ? 0 : 1;
        }
        String first = imported.isEmpty() ? selected : imported.get(0).id();
        record(new RulesEdit("Import " + source, null, rules, List.copyOf(byId.values()), selected, first));
        return replaced;
    }

    /** Puts the rules of the active version back and bases the draft on it; undo brings the edits back. */
    public void revertTo(RuleSetVersion active) {
        boolean edited = !RuleVersioning.sameContent(rules, active.rules());
        base = active;
        typing.clear();
        if (edited) {
            record(new RulesEdit("Revert to version " + active.number(), null, rules, active.rules(), selected,
                    selected));
        } else {
            changed();
        }
    }

    /** Starts over from a version that is now active: the draft becomes its rules, and undo starts afresh. */
    public void rebase(RuleSetVersion version) {
        base = version;
        rules = version.rules();
        typing.clear();
        history.clear();
        if (rule(selected).isEmpty()) {
            selected = rules.isEmpty() ? null : rules.get(0).id();
        }
        changed();
    }

    /** Follows a version made elsewhere (file edit, rollback) when there is nothing of the user's to lose. */
    public boolean followIfClean(RuleSetVersion version) {
        if (isDirty() || !typing.isEmpty()) {
            return false;
        }
        rebase(version);
        return true;
    }

    public boolean undo() {
        return step(history.undo(), RulesEdit::before, RulesEdit::selectedBefore);
    }

    public boolean redo() {
        return step(history.redo(), RulesEdit::after, RulesEdit::selectedAfter);
    }

    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    public void seal() {
        history.seal();
    }

    /** Problems of the whole draft, typed text that did not parse first. */
    public List<DraftProblem> problems() {
        List<DraftProblem> all = new ArrayList<>();
        typing.forEach((key, p) -> all.add(new DraftProblem(key.substring(0, key.lastIndexOf('|')), p.field(),
                p.getMessage())));
        Map<String, String> ids = new HashMap<>();
        for (ThresholdRule rule : rules) {
            RuleChecks.problemOf(rule).ifPresent(p -> all.add(new DraftProblem(rule.id(), RuleField.forCheck(p.field()),
                    p.message())));
            String earlier = ids.put(rule.id().toLowerCase(Locale.ROOT), rule.id());
            if (earlier != null) {
                all.add(new DraftProblem(rule.id(), RuleField.ID, "another rule already has the id \"" + earlier
                        + "\"; give each rule its own id"));
            }
        }
        return all;
    }

    public Map<RuleField, String> problemsOf(String ruleId) {
        Map<RuleField, String> found = new LinkedHashMap<>();
        problems().stream().filter(p -> p.ruleId().equals(ruleId))
                .forEach(p -> found.putIfAbsent(p.field(), p.message()));
        return found;
    }

    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private boolean step(Optional<RulesEdit> edit, Function<RulesEdit, List<ThresholdRule>> state,
            Function<RulesEdit, String> selection) {
        if (edit.isEmpty()) {
            return false;
        }
        rules = state.apply(edit.get());
        selected = selection.apply(edit.get());
        typing.clear();
        changed();
        return true;
    }

    private void replace(ThresholdRule old, ThresholdRule changed, String label, String mergeKey) {
        if (changed.equals(old)) {
            changed();
            return;
        }
        List<ThresholdRule> after = new ArrayList<>(rules);
        after.set(rules.indexOf(old), changed);
        record(new RulesEdit(label, mergeKey, rules, after, selected, changed.id()));
    }

    private void record(RulesEdit edit) {
        history.record(edit);
        rules = edit.after();
        selected = edit.selectedAfter();
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
