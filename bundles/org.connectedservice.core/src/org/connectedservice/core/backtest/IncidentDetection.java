package org.connectedservice.core.backtest;

import java.time.Duration;
import java.time.Instant;

/** When a labelled incident was first alerted, by which rule; detectedAt, ruleId and delay are null when missed. */
public record IncidentDetection(LabelledIncident incident, String ruleId, Instant detectedAt, Duration delay) {

    public boolean detected() {
        return detectedAt != null;
    }
}
