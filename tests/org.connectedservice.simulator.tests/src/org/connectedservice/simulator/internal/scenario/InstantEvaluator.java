package org.connectedservice.simulator.internal.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;

/** A small stand-in for the engine's evaluator: instant rules, raised when broken, cleared when no longer. */
final class InstantEvaluator implements ThresholdEvaluator {

    private final Map<String, Fault> open = new HashMap<>();
    private List<ThresholdRule> rules = List.of();
    int setRulesCalls;

    @Override
    public void setRules(List<ThresholdRule> newRules) {
        setRulesCalls++;
        rules = List.copyOf(newRules);
    }

    @Override
    public List<ThresholdRule> rules() {
        return rules;
    }

    @Override
    public List<Fault> evaluate(Reading reading) {
        List<Fault> faults = new ArrayList<>();
        for (ThresholdRule rule : rules) {
            Double value = reading.values().get(rule.measurement());
            if (value == null || !rule.appliesTo(reading.deviceType())) {
                continue;
            }
            String key = reading.deviceId() + "|" + rule.id();
            boolean broken = rule.isBrokenBy(value);
            if (broken && !open.containsKey(key)) {
                Fault raised = fault(rule, reading, value, FaultKind.RAISED,
                        Fault.tokenFor(reading.deviceId(), rule.id(), rule.version(), reading.time()));
                open.put(key, raised);
                faults.add(raised);
            } else if (!broken && open.containsKey(key)) {
                faults.add(fault(rule, reading, value, FaultKind.CLEARED, open.remove(key).token()));
            }
        }
        return faults;
    }

    private static Fault fault(ThresholdRule rule, Reading reading, double value, FaultKind kind, String token) {
        return new Fault(token, kind, reading.deviceId(), reading.deviceType(), rule.id(), rule.version(), rule.name(),
                rule.measurement(), value, rule.threshold(), rule.severity(), rule.alertType(), reading.time(),
                rule.describe(value), reading.time());
    }
}
