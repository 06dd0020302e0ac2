package org.connectedservice.store.internal;

import java.time.Instant;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Severity;

/** Faults as the threshold engine would emit them, numbered so tests can tell them apart. */
final class Faults {

    static final Instant START = Instant.parse("2025-03-01T10:00:00.123456789Z");

    private Faults() {
    }

    static Fault raised(int number) {
        return raised(number, START.plusSeconds(number));
    }

    static Fault raised(int number, Instant time) {
        String device = "pump-" + number;
        return new Fault(Fault.tokenFor(device, "temperature-high", 3, time), FaultKind.RAISED, device, "Pump",
                "temperature-high", 3, "Temperature too high", "temperature", 80.25 + number, 75.0, Severity.HIGH,
                "Anomaly", time, "temperature reading of " + (80.25 + number) + " exceeded a threshold of 75.00",
                time);
    }

    /** Raised by an aggregate rule: its episode (and token) begins where the window begins, before the raise. */
    static Fault raisedByWindow(int number, Instant windowStart, Instant time) {
        String device = "pump-" + number;
        return new Fault(Fault.tokenFor(device, "temperature-avg", 2, windowStart), FaultKind.RAISED, device,
                "Pump", "temperature-avg", 2, "Average temperature too high", "temperature", 78.5, 75.0,
                Severity.MEDIUM, "Preventive Maintenance", time, "average temperature of 78.5 exceeded 75.00",
                windowStart);
    }

    static Fault clearedOf(Fault raised, Instant time) {
        return new Fault(raised.token(), FaultKind.CLEARED, raised.deviceId(), raised.deviceType(), raised.ruleId(),
                raised.ruleVersion(), raised.ruleName(), raised.measurement(), 70.0, raised.threshold(),
                raised.severity(), raised.alertType(), time, "temperature is back within the rule",
                raised.windowStart());
    }
}
