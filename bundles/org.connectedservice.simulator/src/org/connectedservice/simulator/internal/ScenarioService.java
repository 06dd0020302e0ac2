package org.connectedservice.simulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.service.ThresholdEvaluator;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.FileProblem;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.connectedservice.simulator.internal.scenario.JUnitXmlReport;
import org.connectedservice.simulator.internal.scenario.Scenario;
import org.connectedservice.simulator.internal.scenario.ScenarioEngine;
import org.connectedservice.simulator.internal.scenario.ScenarioFiles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Runs scenario files for the CLI and the simulator view; models come from the workspace. */
@Component(service = ScenarioRunner.class)
public class ScenarioService implements ScenarioRunner {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConsoleWorkspace workspace;

    private ScenarioFiles files() {
        ConsoleWorkspace ws = workspace;
        return new ScenarioFiles(ws == null ? null : ModelLibrary.inWorkspace(ws.directory()));
    }

    @Override
    public List<FileProblem> check(Path scenarioFile, List<ThresholdRule> rules) {
        FileProblems problems = new FileProblems();
        files().load(scenarioFile, rules, problems);
        return problems.list();
    }

    @Override
    public ScenarioResult run(Path scenarioFile, ThresholdEvaluator evaluator, List<ThresholdRule> rules,
            Consumer<ExpectationResult> onDecided) {
        FileProblems problems = new FileProblems();
        Scenario scenario = files().load(scenarioFile, rules, problems);
        problems.throwIfAny();
        return new ScenarioEngine(evaluator, onDecided).run(scenario, rules);
    }

    @Override
    public void writeJUnitReport(ScenarioResult result, Path reportFile) throws IOException {
        Path folder = reportFile.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(reportFile, JUnitXmlReport.render(result), StandardCharsets.UTF_8);
    }
}
