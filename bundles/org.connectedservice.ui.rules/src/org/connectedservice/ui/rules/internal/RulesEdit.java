package org.connectedservice.ui.rules.internal;

import java.util.List;

import org.connectedservice.core.model.ThresholdRule;

/**
 * One undoable change of the draft, kept as the whole rule list before and after (a rules document is small, and a
 * snapshot undoes adds, deletes and imports as simply as a field edit). Edits with the same mergeKey in a row, like
 * the keystrokes of one number or the steps of one drag, become one undo step until the history is sealed.
 */
public record RulesEdit(String label, String mergeKey, List<ThresholdRule> before, List<ThresholdRule> after,
        String selectedBefore, String selectedAfter) {

    public RulesEdit {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    RulesEdit mergedWith(RulesEdit next) {
        return new RulesEdit(label, mergeKey, before, next.after, selectedBefore, next.selectedAfter);
    }
}
