package org.connectedservice.core.model;

import java.time.Instant;
import java.util.List;

/** One version of the whole rules document: every change makes a new one, with who, when and why. */
public record RuleSetVersion(int number, Instant time, String author, String comment, List<ThresholdRule> rules) {

    public RuleSetVersion {
        rules = List.copyOf(rules);
    }
}
