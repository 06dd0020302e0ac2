package org.connectedservice.engine.internal.eval;

import org.connectedservice.core.model.ThresholdRule;

/** Judges every reading as it comes (or, for a rate rule, its change since the device's previous reading). */
final class InstantRule extends CompiledRule {

    private static final long[] NO_EXTRA = {};

    InstantRule(ThresholdRule rule, DeviceTable devices) {
        super(rule, devices, rule.threshold(), NO_EXTRA);
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
