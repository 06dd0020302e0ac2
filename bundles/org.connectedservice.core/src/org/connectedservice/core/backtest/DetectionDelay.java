package org.connectedservice.core.backtest;

import java.time.Duration;

/**
 * First-detection delay of a rule set. With labelled incidents (basis LABELLED_INCIDENTS) it runs from each
 * incident's start to the first alert on its device (and measurement, if named) that is active at or after the start
 * and raised before its end; an alert already active at the start detects it with no delay; incidents without such an
 * alert are missed. Without labels there is no ground truth to measure against, so (basis FIRST_BREAKING_READING) it
 * runs per device and rule from the first reading or window that broke the rule to the raise: the hold-back the
 * rule's sustain, window and suppression settings cause, which is what a rule change can make better or worse; missed
 * is then 0. mean and max are zero when nothing was detected.
 */
public record DetectionDelay(Basis basis, int detected, int missed, Duration mean, Duration max) {

    public enum Basis {
        LABELLED_INCIDENTS, FIRST_BREAKING_READING
    }
}
