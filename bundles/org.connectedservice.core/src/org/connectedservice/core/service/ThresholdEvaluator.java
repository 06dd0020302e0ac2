package org.connectedservice.core.service;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;

/**
 * Checks readings against rules, edge-triggered per device and rule: a fault is raised when a rule starts
 * being broken and cleared when it stops, never repeated while it stays broken.
 */
public interface ThresholdEvaluator {

    void setRules(List<ThresholdRule> rules);

    List<ThresholdRule> rules();

    List<Fault> evaluate(Reading reading);

    /**
     * Tells the evaluator that event time reached now even if no reading came, so silence ("no data for N s")
     * can raise a fault; sources call it on a timer or at each simulated step.
     */
    default List<Fault> advanceTo(Instant now) {
        return List.of();
    }
}
