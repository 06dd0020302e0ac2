package org.connectedservice.ui.rules.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/** The undo and redo stacks of the draft. */
final class EditHistory {

    static final int LIMIT = 500;

    private final Deque<RulesEdit> undo = new ArrayDeque<>();
    private final Deque<RulesEdit> redo = new ArrayDeque<>();
    private boolean sealed = true;

    void record(RulesEdit edit) {
        redo.clear();
        RulesEdit top = undo.peek();
        if (!sealed && top != null && edit.mergeKey() != null && Objects.equals(top.mergeKey(), edit.mergeKey())) {
            undo.pop();
            RulesEdit merged = top.mergedWith(edit);
            if (!merged.before().equals(merged.after())) {
                undo.push(merged);
            }
        } else {
            undo.push(edit);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        sealed = edit.mergeKey() == null;
    }

    /** Ends the current run of merged edits: the next edit is its own undo step. */
    void seal() {
        sealed = true;
    }

    Optional<RulesEdit> undo() {
        sealed = true;
        RulesEdit edit = undo.poll();
        if (edit != null) {
            redo.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    Optional<RulesEdit> redo() {
        sealed = true;
        RulesEdit edit = redo.poll();
        if (edit != null) {
            undo.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(RulesEdit::label);
    }

    Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(RulesEdit::label);
    }

    void clear() {
        undo.clear();
        redo.clear();
        sealed = true;
    }
}
