package org.connectedservice.ui.rules;

import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;

/**
 * The rules editor's tuning, for whoever moves a threshold: the chart calls it while the user drags a threshold or
 * hysteresis line. Each call changes the editor's draft (one undo step per drag, ended by finishDrag) and backtests
 * the candidate against the active version off the UI thread, within about 200 ms of the value standing still.
 * Nothing reaches the engine until the user applies the draft. Call it on the UI thread. Found in every window's
 * IEclipseContext: {@code @Inject @Optional ThresholdTuning tuning}.
 */
public interface ThresholdTuning {

    /** Makes value the rule's threshold (a band's lower edge) in the draft, and selects the rule in the editor. */
    void setCandidateThreshold(String ruleId, double value);

    /** Sets the hysteresis clear threshold in the draft; null removes it. */
    void setCandidateClearThreshold(String ruleId, Double value);

    /** Ends a drag, so the next change is its own undo step. */
    void finishDrag();

    /** The draft's version of the rule, candidate values included; empty when the draft has no such rule. */
    Optional<ThresholdRule> candidateRule(String ruleId);

    /** The numbers of the newest finished backtest. */
    Optional<BacktestFigures> latestFigures();

    /** Told, on any thread, whenever the draft or a backtest changes; close the result to stop. */
    AutoCloseable subscribe(Runnable listener);
}
