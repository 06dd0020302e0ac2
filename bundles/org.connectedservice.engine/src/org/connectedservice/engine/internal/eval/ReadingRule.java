package org.connectedservice.engine.internal.eval;

import org.connectedservice.core.model.ThresholdRule;

/**
 * A rule that takes each reading of its measurement itself, because what it judges is not the reading alone nor a
 * shared window: sliding windows, and silence.
 */
abstract class ReadingRule extends CompiledRule {

    ReadingRule(ThresholdRule rule, DeviceTable devices, double shownThreshold, long[] extraBlank) {
        super(rule, devices, shownThreshold, extraBlank);
    }

    /** A value of the rule's measurement from a device at event time t (epoch ms). */
    abstract void onValue(int device, long time, double value, FaultCollector out);
}
