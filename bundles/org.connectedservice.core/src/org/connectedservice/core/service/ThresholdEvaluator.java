package org.connectedservice.core.service;

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
}
