package org.connectedservice.ui.rules;

import org.connectedservice.ui.rules.internal.RulesSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Ctrl+Y (or Ctrl+Shift+Z) in the Rules part: redoes the last undone edit of the draft. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional ThresholdTuning tuning) {
        return tuning instanceof RulesSession session && session.draft().redoLabel().isPresent();
    }

    @Execute
    public void execute(ThresholdTuning tuning) {
        if (tuning instanceof RulesSession session) {
            session.draft().redo();
        }
    }
}
