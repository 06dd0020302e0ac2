package org.connectedservice.cli.internal;

import static org.connectedservice.cli.internal.Files4Test.read;
import static org.connectedservice.cli.internal.Files4Test.run;
import static org.connectedservice.cli.internal.Files4Test.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.connectedservice.cli.internal.Files4Test.Run;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.FileProblem;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.core.simulation.SimulationFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {

    @TempDir
    Path dir;

    private final FakeServices services = new FakeServices();
    private final ScenarioCommand scenario = new ScenarioCommand(services);

    /**
     * The simulator's runner lives in another bundle; this one feeds the evaluator it is given one hot reading and
     * judges one expectation on the faults, as the real one does over a whole timeline.
     */
    private static final class OneReadingRunner implements ScenarioRunner {

        final List<Fault> seen = new ArrayList<>();
        List<ThresholdRule> rulesGiven;

        @Override
        public List<FileProblem> check(Path scenarioFile, List<ThresholdRule> rules) {
            return List.of();
        }

        @Override
        public ScenarioResult run(Path scenarioFile, ThresholdEvaluator evaluator, List<ThresholdRule> rules,
                Consumer<ExpectationResult> onDecided) {
            if (Files4Test.read(scenarioFile).contains("broken")) {
                throw new SimulationFileException(List.of(new FileProblem(scenarioFile.toString(), 4, "timeline[0].at",
                        "expected seconds"), new FileProblem(scenarioFile.toString(), 9, "fleet", "no model 'boiler'")));
            }
            rulesGiven = rules;
            seen.addAll(evaluator.evaluate(new Reading("thermostat-03", "Thermostat",
                    Instant.parse("2025-03-01T08:00:30Z"), Map.of("Temperature", 90.0))));
            List<ExpectationResult> results = List.of(
                    new ExpectationResult(1, "alert thermostat-temperature-gt on thermostat-03 within 30 s", !seen.isEmpty(),
                            seen.isEmpty() ? "no alert came" : "alert after 0 s"),
                    new ExpectationResult(2, "no alert on thermostat-05", true, ""));
            return new ScenarioResult("hot", scenarioFile.toString(), 7, Duration.ofSeconds(300),
                    Duration.ofMillis(120), results, 3900, 2, seen.size(), 0);
        }

        @Override
        public void writeJUnitReport(ScenarioResult result, Path reportFile) throws IOException {
            Files.writeString(reportFile, "<testsuite name=\"" + result.name() + "\" failures=\"" + result.failures()
                    + "\"/>");
        }
    }

    @Test
    void printsAVerdictPerExpectationAndWritesTheReport() {
        OneReadingRunner runner = new OneReadingRunner();
        services.scenarios = runner;
        Path rules = write(dir, "devicerules.json", Files4Test.DEVICE_RULES);
        Path file = write(dir, "hot.json", "{}");
        Path report = dir.resolve("report.xml");

        Run result = run(scenario::run, file.toString(), "--rules", rules.toString(), "--junit", report.toString());

        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("PASS 1. alert thermostat-temperature-gt on thermostat-03 within 30 s - alert after 0 s",
                "PASS 2. no alert on thermostat-05",
                "scenario 'hot': 2 of 2 expectations met; 300 s simulated in 0.12 s, 3,900 messages (2 rejected),"
                        + " 1 faults raised, 0 cleared",
                "JUnit report: " + report), result.out().lines().toList());
        assertEquals("thermostat-temperature-gt", runner.rulesGiven.get(0).id());
        assertEquals("<testsuite name=\"hot\" failures=\"0\"/>", read(report));
    }

    @Test
    void aFailedExpectationExitsWithOne() {
        services.scenarios = new OneReadingRunner();
        services.activeRules = List.of();
        Path file = write(dir, "hot.json", "{}");

        Run result = run(scenario::run, file.toString());

        assertEquals(1, result.code());
        assertTrue(result.out().startsWith("FAIL 1. alert thermostat-temperature-gt on thermostat-03 within 30 s"
                + " - no alert came\n"), result.out());
        assertEquals(List.of("scenario: 1 of 2 expectations failed"), result.errLines());
    }

    @Test
    void aWrongScenarioFileIsOneLineNamingEveryProblem() {
        services.scenarios = new OneReadingRunner();
        Path file = write(dir, "broken.json", "broken");

        Run result = run(scenario::run, file.toString());

        assertEquals(1, result.code());
        assertEquals(List.of("scenario: " + file + " line 4, timeline[0].at: expected seconds; " + file
                + " line 9, fleet: no model 'boiler'"), result.errLines());
    }

    @Test
    void needsOneExistingScenarioFile() {
        Run none = run(scenario::run);
        Run missing = run(scenario::run, dir.resolve("nope.json").toString());

        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("scenario: the scenario FILE is missing; usage:"), none.err());
        assertEquals(1, missing.code());
        assertEquals(1, missing.errLines().size());
        assertTrue(Files.notExists(dir.resolve("nope.json")));
    }
}
