package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.MessageReadings;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.connectedservice.simulator.internal.scenario.Scenario.Step;

/**
 * Runs a checked scenario in simulated time: the fleet's clock moves in steps of at most a second, stopping at
 * every timeline entry, and every reading goes straight to the evaluator, so nothing waits on the wall clock.
 */
public final class ScenarioEngine {

    private static final long STEP_MILLIS = 1000;

    private final ThresholdEvaluator evaluator;
    private final Consumer<ExpectationResult> onDecided;
    private final List<ExpectationCheck> checks = new ArrayList<>();
    private long runStart;
    private long messages;
    private long rejected;
    private long raised;
    private long cleared;

    public ScenarioEngine(ThresholdEvaluator evaluator, Consumer<ExpectationResult> onDecided) {
        this.evaluator = evaluator;
        this.onDecided = onDecided;
    }

    public ScenarioResult run(Scenario scenario, List<ThresholdRule> rules) {
        long wallStart = System.nanoTime();
        Map<String, Scenario.InjectFault> anchors = scenario.timeline().stream()
                .filter(s -> s instanceof Scenario.InjectFault i && i.label() != null)
                .map(Scenario.InjectFault.class::cast)
                .collect(Collectors.toMap(Scenario.InjectFault::label, i -> i));
        for (int i = 0; i < scenario.expectations().size(); i++) {
            Scenario.Expectation expectation = scenario.expectations().get(i);
            checks.add(ExpectationCheck.of(i + 1, expectation,
                    expectation.anchor() == null ? null : anchors.get(expectation.anchor())));
        }
        evaluator.setRules(rules);
        Fleet fleet = ScenarioCheck.build(scenario);
        runStart = scenario.start().toEpochMilli();
        long end = runStart + scenario.duration().toMillis();
        List<Step> steps = scenario.timeline();
        TelemetrySink sink = new EvaluatingSink();
        int next = 0;
        long t = runStart;
        while (true) {
            while (next < steps.size() && runStart + steps.get(next).at().toMillis() <= t) {
                StepApplier.apply(steps.get(next++), fleet);
            }
            if (t >= end) {
                break;
            }
            long stepAt = next < steps.size() ? runStart + steps.get(next).at().toMillis() : end;
            long until = Math.min(Math.min(t + STEP_MILLIS, stepAt), end);
            fleet.advanceTo(Instant.ofEpochMilli(until)).deliverTo(sink);
            for (ExpectationCheck check : checks) {
                report(check, c -> c.onTime(until - runStart));
            }
            t = until;
        }
        for (ExpectationCheck check : checks) {
            report(check, c -> c.finish(end - runStart));
        }
        return new ScenarioResult(scenario.name(), scenario.file(), scenario.seed(), scenario.duration(),
                Duration.ofNanos(System.nanoTime() - wallStart), checks.stream().map(ExpectationCheck::verdict).toList(),
                messages, rejected, raised, cleared);
    }

    private void report(ExpectationCheck check, Consumer<ExpectationCheck> step) {
        boolean before = check.decided();
        step.accept(check);
        if (!before && check.decided()) {
            onDecided.accept(check.verdict());
        }
    }

    private void evaluate(Reading reading) {
        for (Fault fault : evaluator.evaluate(reading)) {
            if (fault.kind() == FaultKind.RAISED) {
                raised++;
            } else {
                cleared++;
            }
            long offset = fault.time().toEpochMilli() - runStart;
            for (ExpectationCheck check : checks) {
                report(check, c -> c.onFault(fault, offset));
            }
        }
    }

    private final class EvaluatingSink implements TelemetrySink {

        @Override
        public void reading(Reading reading) {
            messages++;
            evaluate(reading);
        }

        @Override
        public void message(SimulatedMessage message) {
            messages++;
            MessageReadings.Decoded decoded = MessageReadings.decode(message);
            if (decoded.reading() != null) {
                evaluate(decoded.reading());
            } else if (decoded.refusal() != null) {
                rejected++;
            }
        }
    }
}
