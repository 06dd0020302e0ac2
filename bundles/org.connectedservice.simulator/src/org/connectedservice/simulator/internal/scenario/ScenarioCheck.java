package org.connectedservice.simulator.internal.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;
import org.connectedservice.simulator.internal.scenario.Scenario.Step;

/**
 * Plays a scenario's timeline on a fleet that never sends anything, so every device, group, measurement, command
 * and injection id is known to fit before the real run starts.
 */
final class ScenarioCheck {

    private ScenarioCheck() {
    }

    static Fleet build(Scenario scenario) {
        Fleet fleet = new Fleet(scenario.seed(), scenario.start());
        scenario.fleet().forEach(part -> fleet.addModel(part.model(), part.count(), part.asset()));
        return fleet;
    }

    static void check(Scenario scenario, List<ThresholdRule> rules, FileProblems problems) {
        Fleet dry = build(scenario);
        Set<String> everPresent = new HashSet<>(ids(dry));
        Set<String> labels = new HashSet<>();
        int devices = dry.size();
        for (Step step : scenario.timeline()) {
            try {
                StepApplier.apply(step, dry);
            } catch (IllegalArgumentException e) {
                problems.add(scenario.file(), step.origin().line(), step.origin().path(),
                        e.getMessage() + " (at " + Clocks.offset(step.at()) + ")");
            }
            everPresent.addAll(ids(dry));
            devices = Math.max(devices, dry.size());
            if (step instanceof Scenario.InjectFault inject && inject.label() != null) {
                labels.add(inject.label());
            }
        }
        if (devices > ScenarioReader.MAX_DEVICES) {
            problems.add(scenario.file(), 0, "fleet", "the fleet grows to " + devices + " devices; a scenario may "
                    + "hold up to " + ScenarioReader.MAX_DEVICES);
        }
        for (Expectation expectation : scenario.expectations()) {
            check(scenario, expectation, rules, everPresent, labels, problems);
        }
    }

    private static void check(Scenario scenario, Expectation expectation, List<ThresholdRule> rules,
            Set<String> devices, Set<String> labels, FileProblems problems) {
        String file = scenario.file();
        int line = expectation.origin().line();
        String path = expectation.origin().path();
        String key = path + "." + ScenarioReader.key(expectation.kind());
        if (!expectation.rule().equals("*") && rules.stream().noneMatch(r -> RuleMatch.names(r, expectation.rule()))) {
            problems.add(file, line, key, "no rule '" + expectation.rule() + "' among the rules; they are "
                    + String.join(", ", rules.stream().map(ThresholdRule::id).toList()));
        }
        if (expectation.device() != null && !devices.contains(expectation.device())) {
            problems.add(file, line, path + ".device", "the fleet never has a device '" + expectation.device() + "'");
        }
        if (expectation.anchor() != null && !labels.contains(expectation.anchor())) {
            problems.add(file, line, path + (expectation.fromEnd() ? ".afterEnd" : ".after"),
                    "no injection has the id '" + expectation.anchor() + "'; give the injection \"id\": \""
                            + expectation.anchor() + "\"");
        }
    }

    private static List<String> ids(Fleet fleet) {
        return fleet.registry().stream().map(Device::id).toList();
    }
}
