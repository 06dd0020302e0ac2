package org.connectedservice.ui.rules;

import org.connectedservice.ui.rules.internal.RulesSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Ctrl+Z in the Rules part: undoes the last edit of the draft. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional ThresholdTuning tuning) {
        return tuning instanceof RulesSession session && session.draft().undoLabel().isPresent();
    }

    @Execute
    public void execute(ThresholdTuning tuning) {
        if (tuning instanceof RulesSession session) {
            session.draft().undo();
        }
    }
}
