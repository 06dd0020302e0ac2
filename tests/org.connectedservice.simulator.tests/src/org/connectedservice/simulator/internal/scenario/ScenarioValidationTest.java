package org.connectedservice.simulator.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.simulation.FileProblem;
import org.connectedservice.core.simulation.SimulationFileException;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario is checked whole before anything runs, and every problem names its file, line and field. */
class ScenarioValidationTest {

    @TempDir
    Path workspace;

    private ModelLibrary library;

    @BeforeEach
    void copyExamples() {
        library = ModelLibrary.inWorkspace(workspace);
        library.ensureExamples();
    }

    private List<String> problems(String json) throws IOException {
        Path file = Files.writeString(workspace.resolve("s.json"), json);
        FileProblems problems = new FileProblems();
        new ScenarioFiles(library).load(file, ScenarioRunnerTest.DEFAULT_RULES, problems);
        return problems.list().stream().map(FileProblem::toString).map(p -> p.replace(file.toString(), "s.json"))
                .toList();
    }

    @Test
    void fieldMistakesAreListedInLineOrder() throws IOException {
        assertEquals(List.of(
                "s.json line 2, durationSeconds: must be a number above 0, up to 604800 (7 days), got -5",
                "s.json line 3, fleet[0].model: no model 'thermostatt'; the models folder "
                        + library.directory() + " holds cold-storage-unit, compressor, pump, thermostat",
                "s.json line 4, fleet[1].count: must be a number from 1 to 100000, got 2.5",
                "s.json line 6, timeline[0].inject: unknown injection 'overheat': use one of spike, step, drift, "
                        + "stuck, dropout, duplicate, outOfOrder, clockSkew, malformed, burst, disconnect",
                "s.json line 7, timeline[1]: a timeline entry needs exactly one of inject, add, remove, command, "
                        + "desired; it has inject, command",
                "s.json line 8, timeline[2]: say which devices: \"devices\": [\"pump-01\", ...] or \"group\": a "
                        + "model, a device type or \"*\" (not both)",
                "s.json line 11, expectations[0]: an expectation needs exactly one of \"alert\", \"noAlert\" or "
                        + "\"cleared\" with a rule id or name (\"*\" for any rule)",
                "s.json line 12, expectations[1].whithin: unknown field 'whithin'; known fields are alert, noAlert, "
                        + "cleared, device, within, after, afterEnd"),
                problems("""
                        {"name": "broken",
                         "durationSeconds": -5,
                         "fleet": [{"model": "thermostatt", "count": 2},
                                   {"model": "pump", "count": 2.5}],
                         "timeline": [
                           {"at": 1, "inject": "overheat", "devices": ["pump-01"]},
                           {"at": 2, "inject": "spike", "command": "reboot", "devices": ["pump-01"]},
                           {"at": 3, "inject": "spike"}
                         ],
                         "expectations": [
                           {"device": "pump-01"},
                           {"alert": "*", "whithin": 3}
                         ]}
                        """));
    }

    @Test
    void referencesAreCheckedAgainstTheFleetAsItIsAtThatTime() throws IOException {
        assertEquals(List.of(
                "s.json line 5, timeline[1]: 'pump-03' matches no device at that time; the fleet then holds "
                        + "2 x pump (ids like pump-01) (at +00:10)",
                "s.json line 6, timeline[2]: pump-01 has no measurement 'Temperature'; it measures Pressure, "
                        + "Vibration (at +00:20)",
                "s.json line 7, timeline[3]: pump-01 does not understand 'selfDestruct'; it understands reboot, "
                        + "displayMessage, setInterval (at +00:30)",
                "s.json line 11, expectations[0].alert: no rule 'AlarmSmoke' among the rules; they are "
                        + "thermostat-temperature-gt, pump-pressure-gt, pump-vibration-gt",
                "s.json line 12, expectations[1].device: the fleet never has a device 'pump-09'",
                "s.json line 13, expectations[2].after: no injection has the id 'surge'; give the injection "
                        + "\"id\": \"surge\""),
                problems("""
                        {"durationSeconds": 60,
                         "fleet": [{"model": "pump", "count": 2}],
                         "timeline": [
                           {"at": 40, "add": "pump"},
                           {"at": 10, "inject": "stuck", "devices": ["pump-03"]},
                           {"at": 20, "inject": "spike", "group": "Pump", "measurement": "Temperature"},
                           {"at": 30, "command": "selfDestruct", "devices": ["pump-01"]},
                           {"at": 50, "inject": "stuck", "devices": ["pump-03"]}
                         ],
                         "expectations": [
                           {"alert": "AlarmSmoke", "device": "pump-01"},
                           {"noAlert": "*", "device": "pump-09"},
                           {"alert": "*", "device": "pump-03", "after": "surge"}
                         ]}
                        """));
    }

    @Test
    void aBrokenModelIsBlamedInItsOwnFileAndNothingRuns() throws IOException {
        Path pump = library.directory().resolve("pump.json");
        Files.writeString(pump, Files.readString(pump).replace("\"baseline\": 6,", "\"baseline\": 60,"));
        Path file = Files.writeString(workspace.resolve("s.json"), """
                {"durationSeconds": 60, "fleet": [{"model": "pump", "count": 1}],
                 "expectations": [{"noAlert": "*"}]}
                """);
        InstantEvaluator evaluator = new InstantEvaluator();

        SimulationFileException e = assertThrows(SimulationFileException.class, () -> {
            FileProblems problems = new FileProblems();
            Scenario scenario = new ScenarioFiles(library).load(file, ScenarioRunnerTest.DEFAULT_RULES, problems);
            problems.throwIfAny();
            new ScenarioEngine(evaluator, r -> {
            }).run(scenario, ScenarioRunnerTest.DEFAULT_RULES);
        });

        assertEquals(pump + " line 10, sensors[0].baseline: baseline 60.0 must lie within min 0.0 and max 16.0",
                e.getMessage());
        assertEquals(0, evaluator.setRulesCalls, "the evaluator never saw the scenario");
    }

    @Test
    void aModelFileNextToTheScenarioCanBeUsed() throws IOException {
        Files.createDirectories(workspace.resolve("mine"));
        Files.copy(library.directory().resolve("pump.json"), workspace.resolve("mine/big-pump.json"));

        assertEquals(List.of(), problems("""
                {"durationSeconds": 60, "fleet": [{"model": "mine/big-pump.json", "count": 1}],
                 "expectations": [{"noAlert": "*", "device": "pump-01"}]}
                """));
        assertTrue(problems("""
                {"durationSeconds": 60, "fleet": [{"model": "mine/none.json", "count": 1}],
                 "expectations": [{"noAlert": "*"}]}
                """).get(0).startsWith("s.json line 1, fleet[0].model: no model file "));
    }
}
