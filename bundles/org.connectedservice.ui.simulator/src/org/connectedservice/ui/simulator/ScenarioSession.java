package org.connectedservice.ui.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.engine.internal.eval.RuleEvaluator;

/**
 * Runs a scenario file the way the simulator view shows it: against the active rules with an evaluator of its own,
 * so the live engine's open alerts are left alone, and with a JUnit report left in the workspace for CI.
 */
final class ScenarioSession {

    static final String EXAMPLE = "overheating-thermostat.json";

    /** The result, and where its JUnit XML report went. */
    record Outcome(ScenarioResult result, Path report) {
    }

    private final ScenarioRunner runner;
    private final RulesRepository rules;
    private final Path workspace;

    /** workspace null: no workspace service, so reports go next to the scenario file. */
    ScenarioSession(ScenarioRunner runner, RulesRepository rules, Path workspace) {
        this.runner = runner;
        this.rules = rules;
        this.workspace = workspace;
    }

    /** Where the file dialog opens: the workspace's simulator/scenarios folder. */
    Path scenarioFolder() {
        return workspace == null ? null : workspace.resolve("simulator").resolve("scenarios");
    }

    /** The scenario to offer before the user picks one: the shipped example, else the folder's first file. */
    Path suggestedScenario() {
        Path folder = scenarioFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        Path example = folder.resolve(EXAMPLE);
        if (Files.isRegularFile(example)) {
            return example;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario folder " + folder + ": " + e.getMessage(), e);
        }
    }

    Path reportFor(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String report = "TEST-" + (dot > 0 ? name.substring(0, dot) : name) + ".xml";
        if (workspace == null) {
            return scenarioFile.toAbsolutePath().resolveSibling(report);
        }
        return workspace.resolve("simulator").resolve("reports").resolve(report);
    }

    /**
     * @throws org.connectedservice.core.simulation.SimulationFileException when the scenario or a model is wrong;
     *             nothing has run then
     */
    Outcome run(Path scenarioFile, Consumer<ExpectationResult> onDecided) throws IOException {
        List<ThresholdRule> active = rules.activeRules();
        ScenarioResult result = runner.run(scenarioFile, new RuleEvaluator(), active, onDecided);
        Path report = reportFor(scenarioFile);
        runner.writeJUnitReport(result, report);
        return new Outcome(result, report);
    }
}
