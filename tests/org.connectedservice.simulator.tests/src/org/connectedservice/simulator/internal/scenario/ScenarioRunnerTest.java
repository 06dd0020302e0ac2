package org.connectedservice.simulator.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.SimulationFileException;
import org.connectedservice.simulator.internal.ScenarioService;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {

    static final List<ThresholdRule> DEFAULT_RULES = List.of(
            ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp", "Thermostat", "Temperature", 70,
                    Severity.HIGH),
            ThresholdRule.greaterThan("pump-pressure-gt", 1, "AlarmPressure", "Pump", "Pressure", 8.5, Severity.HIGH),
            ThresholdRule.greaterThan("pump-vibration-gt", 1, "AlarmVibration", "Pump", "Vibration", 7, Severity.HIGH));

    @TempDir
    Path workspace;

    private ModelLibrary library;
    private final InstantEvaluator evaluator = new InstantEvaluator();
    private final List<ExpectationResult> live = new ArrayList<>();

    @BeforeEach
    void copyExamples() {
        library = ModelLibrary.inWorkspace(workspace);
        library.ensureExamples();
    }

    ScenarioResult run(Path file) {
        FileProblems problems = new FileProblems();
        Scenario scenario = new ScenarioFiles(library).load(file, DEFAULT_RULES, problems);
        problems.throwIfAny();
        return new ScenarioEngine(evaluator, live::add).run(scenario, DEFAULT_RULES);
    }

    Path write(String name, String json) throws IOException {
        return Files.writeString(workspace.resolve(name), json);
    }

    @Test
    void theExampleScenarioPassesAgainstTheDefaultRules() {
        Path example = workspace.resolve("simulator/scenarios/overheating-thermostat.json");

        ScenarioResult result = run(example);

        assertTrue(result.passed(), result.toString());
        assertEquals(List.of(
                new ExpectationResult(1, "alert for rule 'thermostat-temperature-gt' on thermostat-03 within 30 s "
                        + "after 'overheat' starts", true, "raised at +00:30 on thermostat-03, 0 s after 'overheat' "
                                + "started at +00:30"),
                new ExpectationResult(2, "alert for rule 'thermostat-temperature-gt' on thermostat-03 cleared within "
                        + "60 s after 'overheat' ends", true, "cleared at +01:15, 0 s after 'overheat' ended at +01:15"),
                new ExpectationResult(3, "no alert for any rule on thermostat-05 during the run", true,
                        "none raised in the 05:00 run"),
                new ExpectationResult(4, "no alert for rule 'pump-pressure-gt' on any device during the run", true,
                        "none raised in the 05:00 run")), result.expectations());
        assertEquals(1, result.faultsRaised());
        assertEquals(1, result.faultsCleared());
        assertEquals(20, result.rejected(), "thermostat-06 sent 20 malformed payloads");
        assertEquals(result.expectations(), live, "each verdict was reported live as well");
        assertEquals(List.of(1, 2, 3, 4), live.stream().map(ExpectationResult::index).toList(),
                "the alert was decided when it came, the clear at its deadline, the quiet ones at the end");
    }

    @Test
    void aFailingScenarioSaysWhatWasExpectedAndWhatHappened() throws IOException {
        Path file = write("failing.json", """
                {
                  "name": "Expectations that do not hold",
                  "durationSeconds": 120,
                  "fleet": [{"model": "thermostat", "count": 4}, {"model": "pump", "count": 1}],
                  "timeline": [
                    {"at": 20, "id": "heat", "inject": "spike", "devices": ["thermostat-02"], "magnitude": 30, "for": 10},
                    {"at": 40, "id": "late", "inject": "step", "devices": ["thermostat-04"], "magnitude": 30, "for": 200},
                    {"at": 60, "id": "quiet", "inject": "dropout", "group": "pump", "for": 10}
                  ],
                  "expectations": [
                    {"alert": "AlarmTemp", "device": "thermostat-03", "within": 30, "after": "heat"},
                    {"noAlert": "*", "device": "thermostat-02"},
                    {"cleared": "thermostat-temperature-gt", "device": "thermostat-04", "within": 20, "afterEnd": "heat"},
                    {"alert": "AlarmTemp", "device": "thermostat-04", "within": 10, "after": "heat"},
                    {"cleared": "pump-pressure-gt", "within": 5, "afterEnd": "quiet"}
                  ]
                }
                """);

        ScenarioResult result = run(file);

        assertFalse(result.passed());
        assertEquals(List.of(
                "no alert by +00:50 (30 s after 'heat' started at +00:20)",
                "raised at +00:20 on thermostat-02 by rule 'AlarmTemp': Temperature reading of "
                        + String.format(java.util.Locale.ROOT, "%.2f", valueAt(result)) + " exceeded a threshold of 70.00",
                "still active at +00:50 on thermostat-04 (raised at +00:40; 'heat' ended at +00:30)",
                "no alert by +00:30 (10 s after 'heat' started at +00:20); the first came at +00:40",
                "no alert was raised after 'quiet' started, so none could clear"),
                result.expectations().stream().map(ExpectationResult::message).toList());
        assertEquals(5, result.failures());
    }

    @Test
    void theServiceRunsAFileWritesTheReportForCiAndRefusesABrokenFileBeforeRunning() throws IOException {
        ScenarioService service = new ScenarioService();
        Path file = write("quick.json", """
                {"name": "quick", "durationSeconds": 30, "fleet": [{"model": "pump", "count": 2}],
                 "timeline": [{"at": 5, "id": "surge", "inject": "spike", "devices": ["pump-02"], "magnitude": 5}],
                 "expectations": [{"alert": "AlarmPressure", "device": "pump-02", "within": 2, "after": "surge"},
                                  {"noAlert": "*", "device": "pump-02"}]}
                """);

        ScenarioResult result = service.run(file, evaluator, DEFAULT_RULES, live::add);
        Path report = workspace.resolve("reports/quick.xml");
        service.writeJUnitReport(result, report);

        assertEquals(List.of(true, false), result.expectations().stream().map(ExpectationResult::passed).toList());
        String xml = Files.readString(report);
        assertTrue(xml.contains("<testsuite name=\"quick\" tests=\"2\" failures=\"1\""), xml);
        assertTrue(xml.contains("<failure type=\"ExpectationNotMet\" message=\"raised at +00:05 on pump-02"), xml);

        Path broken = write("broken.json", "{\"durationSeconds\": 30, \"fleet\": [{\"model\": \"pump\"}]}");
        InstantEvaluator untouched = new InstantEvaluator();
        SimulationFileException e = assertThrows(SimulationFileException.class,
                () -> service.run(broken, untouched, DEFAULT_RULES, live::add));
        assertEquals(List.of(broken + " line 1, fleet[0].count: is missing: add \"count\": <number from 1 to 100000>",
                broken + " line 1, expectations: is missing: a scenario checks at least one expectation"),
                e.problems().stream().map(Object::toString).toList());
        assertEquals(0, untouched.setRulesCalls);
        assertEquals(e.problems(), service.check(broken, DEFAULT_RULES));
        assertEquals(List.of(), service.check(file, DEFAULT_RULES));
    }

    @Test
    void theTimelineChangesTheFleetWhileItRuns() throws IOException {
        Path file = write("changes.json", """
                {"durationSeconds": 90, "fleet": [{"model": "pump", "count": 1}],
                 "timeline": [
                   {"at": 10, "add": "pump", "count": 2},
                   {"at": 20, "id": "surge", "inject": "step", "devices": ["pump-03"], "magnitude": 4, "for": 60},
                   {"at": 30, "remove": ["pump-03"]},
                   {"at": 40, "command": "setInterval", "payload": 10, "group": "Pump"},
                   {"at": 50, "id": "late", "inject": "spike", "group": "*", "magnitude": 4, "for": 1}
                 ],
                 "expectations": [
                   {"alert": "AlarmPressure", "device": "pump-03", "within": 1, "after": "surge"},
                   {"cleared": "AlarmPressure", "device": "pump-03", "within": 5, "afterEnd": "surge"},
                   {"alert": "AlarmPressure", "device": "pump-02", "within": 1, "after": "late"}
                 ]}
                """);

        ScenarioResult result = run(file);

        assertEquals(List.of(true, false, true), result.expectations().stream().map(ExpectationResult::passed)
                .toList());
        assertEquals("still active at +01:25 on pump-03 (raised at +00:20; 'surge' ended at +01:20)",
                result.expectations().get(1).message(), "a removed device never sends the reading that clears");
        assertEquals("raised at +00:50 on pump-02, 0 s after 'late' started at +00:50",
                result.expectations().get(2).message(), "the device added at 10 s is there at 50 s");
        assertEquals((40 + 5) + (30 + 5) + 20, result.messages(), "1 Hz until 40 s, every 10 s after; pump-02 and "
                + "pump-03 from 10 s, pump-03 until 30 s");
    }

    private double valueAt(ScenarioResult result) {
        String message = result.expectations().get(1).message();
        return Double.parseDouble(message.replaceAll(".*reading of ([0-9.]+) exceeded.*", "$1"));
    }
}
