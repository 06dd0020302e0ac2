package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;

/**
 * "alert cleared within N s after the spike ends": at the window's end, an alert raised since the injection began
 * must no longer be active on any matching device.
 */
final class ClearedCheck extends ExpectationCheck {

    private final Map<String, Long> activeSince = new LinkedHashMap<>();
    private boolean raised;
    private long lastCleared = -1;

    ClearedCheck(int index, Expectation expectation, Scenario.InjectFault anchor) {
        super(index, expectation, anchor);
    }

    @Override
    String description() {
        return "alert for " + subject() + " cleared" + window();
    }

    @Override
    void onFault(Fault fault, long offset) {
        if (decided() || offset > windowEnd || !matches(fault)) {
            return;
        }
        if (fault.kind() == FaultKind.RAISED) {
            activeSince.put(fault.deviceId(), offset);
            raised |= offset >= anchorStart;
        } else if (activeSince.remove(fault.deviceId()) != null) {
            lastCleared = offset;
        }
    }

    @Override
    void onTime(long offset) {
        if (offset > windowEnd) {
            judge(windowEnd);
        }
    }

    @Override
    void finish(long runLength) {
        judge(Math.min(windowEnd, runLength));
    }

    private void judge(long offset) {
        if (!raised) {
            decide(false, "no alert was raised after " + (expectation.anchor() == null ? "the start"
                    : "'" + expectation.anchor() + "' started") + ", so none could clear");
        } else if (!activeSince.isEmpty()) {
            Map.Entry<String, Long> active = activeSince.entrySet().iterator().next();
            decide(false, "still active at " + at(offset) + " on " + active.getKey() + " (raised at "
                    + at(active.getValue()) + "; " + anchorText + ")");
        } else {
            long after = lastCleared - windowStart;
            decide(true, "cleared at " + at(lastCleared) + ", " + (after >= 0 ? Clocks.seconds(Duration.ofMillis(after))
                    + " after " : Clocks.seconds(Duration.ofMillis(-after)) + " before ") + anchorText);
        }
    }
}
