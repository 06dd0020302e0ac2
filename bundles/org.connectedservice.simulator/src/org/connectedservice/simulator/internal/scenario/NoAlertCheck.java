package org.connectedservice.simulator.internal.scenario;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;

/** "no alert on Z during the whole run": the first matching raise fails it. */
final class NoAlertCheck extends ExpectationCheck {

    NoAlertCheck(int index, Expectation expectation) {
        super(index, expectation, null);
    }

    @Override
    String description() {
        return "no alert for " + subject() + " during the run";
    }

    @Override
    void onFault(Fault fault, long offset) {
        if (fault.kind() == FaultKind.RAISED && matches(fault)) {
            decide(false, "raised at " + at(offset) + " on " + fault.deviceId() + " by rule '" + fault.ruleName()
                    + "': " + fault.description());
        }
    }

    @Override
    void onTime(long offset) {
    }

    @Override
    void finish(long runLength) {
        decide(true, "none raised in the " + at(runLength).substring(1) + " run");
    }
}
