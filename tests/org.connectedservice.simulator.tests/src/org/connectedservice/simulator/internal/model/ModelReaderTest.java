package org.connectedservice.simulator.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.simulation.FileProblem;
import org.junit.jupiter.api.Test;

class ModelReaderTest {

    private static List<String> problemsOf(String text) {
        FileProblems problems = new FileProblems();
        assertNull(ModelReader.read("boiler.json", text, problems));
        return problems.list().stream().map(FileProblem::toString).toList();
    }

    @Test
    void theShippedExamplesDescribeSensorsBehaviourAndCommands() {
        DeviceModel pump = ModelLibrary.example("pump");
        assertEquals("Pump", pump.deviceType());
        assertEquals(Duration.ofSeconds(1), pump.interval());
        assertEquals(List.of("Pressure", "Vibration"), pump.sensors().stream().map(SensorModel::name).toList());
        assertEquals(new SensorModel.Coupling("Pressure", 1.5), pump.sensors().get(1).coupling());
        assertEquals(4, pump.primary().spikeOffset());
        assertEquals(Map.of("firmware", "1.9.0", "impeller", "B-200"), pump.reportedProperties());
        assertEquals(Duration.ofSeconds(30), pump.rebootSilence());

        DeviceModel compressor = ModelLibrary.example("compressor");
        assertEquals(new SensorModel.DailyCycle(4, 15), compressor.primary().dailyCycle());
        assertEquals(0.05, compressor.primary().driftPerHour());
        assertEquals(List.of("reboot", "setInterval"), compressor.commands());

        DeviceModel coldRoom = ModelLibrary.example("cold-storage-unit");
        assertEquals("ColdStorageUnit", coldRoom.deviceType());
        assertEquals(Duration.ofSeconds(10), coldRoom.interval());
        assertEquals("°C", coldRoom.primary().unit());
        assertEquals(Duration.ofSeconds(1), ModelLibrary.example("thermostat").interval());
    }

    @Test
    void everyMistakeIsReportedWithFileLineAndField() {
        String text = """
                {
                  "model": "boiler",
                  "deviceType": "",
                  "messageIntervalSeconds": 0,
                  "sensors": [
                    {
                      "name": "Temperature",
                      "baseline": 70,
                      "nosie": 1.5,
                      "min": 0,
                      "max": 50
                    },
                    {
                      "name": "Pressure",
                      "baseline": "high",
                      "correlation": { "with": "Flow", "factor": 2 }
                    }
                  ],
                  "commands": ["reboot", "openValve"]
                }
                """;

        assertEquals(List.of(
                "boiler.json line 3, deviceType: must be a non-empty text in quotes, got \"\"",
                "boiler.json line 4, messageIntervalSeconds: must be a number from 0.01 to 86400 (seconds), got 0",
                "boiler.json line 8, sensors[0].baseline: baseline 70.0 must lie within min 0.0 and max 50.0",
                "boiler.json line 9, sensors[0].nosie: unknown field 'nosie'; known fields are name, unit, baseline, "
                        + "noise, driftPerHour, min, max, spikeOffset, cycle, dailyCycle, correlation",
                "boiler.json line 15, sensors[1].baseline: must be a number, got \"high\"",
                "boiler.json line 16, sensors[1].correlation.with: 'Flow' must be a sensor listed before Pressure",
                "boiler.json line 19, commands[1]: unknown command 'openValve'; a model may list reboot, displayMessage, "
                        + "setInterval"),
                problemsOf(text));
    }

    @Test
    void brokenJsonNamesTheLineWhereParsingStopped() {
        List<String> problems = problemsOf("{\n  \"model\": \"boiler\",\n  \"deviceType\": \"Boiler\"\n  \"sensors\": []\n}");

        assertEquals(1, problems.size());
        assertEquals(true, problems.get(0).startsWith("boiler.json line 4: not valid JSON: Unexpected character"),
                problems.get(0));
    }

    @Test
    void aModelNeedsASensorAndTwoSensorsNeedTwoNames() {
        assertEquals(List.of("boiler.json line 1, sensors: is missing: a model needs at least one sensor"),
                problemsOf("{\"model\": \"boiler\", \"deviceType\": \"Boiler\"}"));
        assertEquals(List.of("boiler.json line 3, sensors[1].name: a second sensor is called 'T': give each sensor its "
                + "own name"), problemsOf("""
                        {"model": "boiler", "deviceType": "Boiler", "sensors": [
                          {"name": "T", "baseline": 1},
                          {"name": "T", "baseline": 2}]}
                        """));
    }

    @Test
    void aCorrectModelReadsEveryField() {
        FileProblems problems = new FileProblems();
        DeviceModel model = ModelReader.read("boiler.json", """
                {"model": "boiler", "deviceType": "Boiler", "messageIntervalSeconds": 2.5, "rebootSilenceSeconds": 4,
                 "sensors": [
                   {"name": "Flow", "unit": "l/min", "baseline": 20, "noise": 0.5, "driftPerHour": -0.25,
                    "cycle": {"amplitude": 2, "periodSeconds": 600}, "dailyCycle": {"amplitude": 1, "peakHour": 6}},
                   {"name": "Temperature", "baseline": 60, "min": 0, "max": 100, "spikeOffset": 12,
                    "correlation": {"with": "Flow", "factor": -0.5}}],
                 "reportedProperties": {"firmware": "1.0", "zones": 3, "eco": true},
                 "commands": ["displayMessage"]}
                """, problems);

        assertEquals(List.of(), problems.list());
        assertEquals(Duration.ofMillis(2500), model.interval());
        assertEquals(Duration.ofSeconds(4), model.rebootSilence());
        SensorModel flow = model.sensors().get(0);
        assertEquals(new SensorModel("Flow", "l/min", 20, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                new SensorModel.Cycle(2, 600), new SensorModel.DailyCycle(1, 6), -0.25, SensorModel.Coupling.NONE, 5),
                flow, "without a finite range the default spike is the larger of 10 x noise and baseline / 4");
        assertEquals(12, model.sensors().get(1).spikeOffset());
        assertEquals(Map.of("firmware", "1.0", "zones", "3", "eco", "true"), model.reportedProperties());
        assertEquals(List.of("displayMessage"), model.commands());
    }
}
