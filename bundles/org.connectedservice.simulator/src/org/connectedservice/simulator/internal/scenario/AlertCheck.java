package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;

/** "alert for rule X on device Y within N s after the spike": a raise inside the window passes. */
final class AlertCheck extends ExpectationCheck {

    private long firstLate = -1;

    AlertCheck(int index, Expectation expectation, Scenario.InjectFault anchor) {
        super(index, expectation, anchor);
    }

    @Override
    String description() {
        return "alert for " + subject() + window();
    }

    @Override
    void onFault(Fault fault, long offset) {
        if (fault.kind() != FaultKind.RAISED || !matches(fault)) {
            return;
        }
        if (offset >= windowStart && offset <= windowEnd) {
            decide(true, "raised at " + at(offset) + " on " + fault.deviceId() + ", "
                    + Clocks.seconds(Duration.ofMillis(offset - windowStart)) + " after " + anchorText);
        } else if (offset > windowEnd && firstLate < 0) {
            firstLate = offset;
        }
    }

    @Override
    void onTime(long offset) {
        if (offset > windowEnd) {
            decide(false, "no alert by " + at(windowEnd) + " (" + Clocks.seconds(expectation.within()) + " after "
                    + anchorText + ")");
        }
    }

    @Override
    void finish(long runLength) {
        if (!decided()) {
            decide(false, "no alert from " + anchorText + " until the run ended at " + at(runLength));
        }
        if (!verdict().passed() && firstLate >= 0) {
            amend("; the first came at " + at(firstLate));
        }
    }
}
