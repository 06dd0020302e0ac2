package org.connectedservice.core.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;

/**
 * Runs scenario files in simulated time, as fast as the machine allows, against a threshold evaluator. Device
 * models are looked up in the workspace's simulator/models folder, or relative to the scenario file when the
 * scenario names a .json file.
 */
public interface ScenarioRunner {

    /** Every problem of the scenario and the models it uses (empty when it would run), without running it. */
    List<FileProblem> check(Path scenarioFile, List<ThresholdRule> rules);

    /**
     * Validates everything, then runs. The evaluator gets the rules first; onDecided hears each expectation as soon
     * as its verdict is known, for live marks.
     *
     * @throws SimulationFileException naming file, line and field when the scenario or a model is wrong; nothing
     *             has run then
     */
    ScenarioResult run(Path scenarioFile, ThresholdEvaluator evaluator, List<ThresholdRule> rules,
            Consumer<ExpectationResult> onDecided);

    /** Writes the result as a JUnit XML report (one testsuite, one testcase per expectation). */
    void writeJUnitReport(ScenarioResult result, Path reportFile) throws IOException;
}
