package org.connectedservice.engine.internal.eval;

import org.connectedservice.core.model.ThresholdRule;

/**
 * avg/min/max/count over tumbling or hopping windows. The windows live in a {@link PaneAggregate} shared by every
 * rule with the same measurement, function, size and hop; the rule itself only keeps its verdict's state (open
 * alert, sustain run, last raise) and judges each window the aggregate closes, as a point covering the window.
 */
final class PaneWindowRule extends CompiledRule {

    private static final long[] NO_EXTRA = {};

    final PaneAggregate.Key key;

    PaneWindowRule(ThresholdRule rule, DeviceTable devices) {
        super(rule, devices, rule.threshold(), NO_EXTRA);
        this.key = PaneAggregate.Key.of(rule);
    }

    @Override
    boolean plain() {
        return laddered() && !verdict.hysteresis && sustainMs == 0 && suppressionMs == 0;
    }

    @Override
    boolean laddered() {
        return verdict.kind <= Verdict.LE && !Double.isNaN(verdict.threshold);
    }
}
