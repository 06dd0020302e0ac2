package org.connectedservice.core.simulation;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one scenario run. messages counts what the fleet delivered; rejected counts payloads the
 * evaluator never saw because they were not readable (malformed on purpose, or no measurements).
 */
public record ScenarioResult(String name, String file, long seed, Duration simulated, Duration wallTime,
        List<ExpectationResult> expectations, long messages, long rejected, long faultsRaised, long faultsCleared) {

    public ScenarioResult {
        expectations = List.copyOf(expectations);
    }

    public boolean passed() {
        return expectations.stream().allMatch(ExpectationResult::passed);
    }

    public long failures() {
        return expectations.stream().filter(e -> !e.passed()).count();
    }
}
