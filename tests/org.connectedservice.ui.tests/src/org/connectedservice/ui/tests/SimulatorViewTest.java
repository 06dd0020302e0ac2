package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.ui.alerts.AlertsPart;
import org.connectedservice.ui.simulator.SimulatorPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tester at the simulator view: run control, fault injection into picked devices, scenarios, bad files. */
class SimulatorViewTest {

    private static final String SIMULATOR = "org.connectedservice.ui.simulator.part.simulator";
    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";

    private Workbench workbench;
    private FleetSimulator simulator;
    private SimulatorPart view;

    @BeforeEach
    void showSimulatorView() {
        workbench = new Workbench();
        simulator = workbench.service(FleetSimulator.class);
        parts().showPart(SIMULATOR, PartState.ACTIVATE);
        view = workbench.part(SIMULATOR, SimulatorPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> view.shownDevices() > 0 && !view.models().isEmpty(),
                "the simulator view never listed the fleet and the models");
    }

    @AfterEach
    void leaveTheFleetAsOtherTestsExpectIt() {
        if (simulator.speed() != 1.0) {
            simulator.setSpeed(1.0);
        }
        if (simulator.runState() != SimulatorRunState.RUNNING) {
            simulator.start();
        }
        parts().showPart(CHART, PartState.ACTIVATE);
    }

    private EPartService parts() {
        return workbench.mainWindow().getContext().get(EPartService.class);
    }

    private void click(String buttonText) {
        Button button = view.button(buttonText);
        assertNotNull(button, "no '" + buttonText + "' button in the simulator view");
        workbench.waitUntil(Duration.ofSeconds(10), button::isEnabled, "'" + buttonText + "' stays disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Lets GTK paint what the last refresh changed, then saves the view under target/screenshots. */
    private void capture(String name) throws Exception {
        workbench.pause(Duration.ofMillis(400));
        workbench.capture(view.control(), name);
    }

    @Test
    void pauseHoldsTheFleetAndStartResumesIt() throws Exception {
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.runStatus().startsWith("Running at 1.0x"),
                "the view never showed the running fleet");
        click("Pause");
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.runStatus().startsWith("Paused"),
                "the view never showed the fleet paused");
        assertEquals(SimulatorRunState.PAUSED, simulator.runState());
        workbench.pause(Duration.ofMillis(800));
        String held = view.counters();
        workbench.pause(Duration.ofMillis(1200));
        assertEquals(held.split(" messages,")[0], view.counters().split(" messages,")[0],
                "messages kept coming while paused");
        assertTrue(view.button("Start").isEnabled() && !view.button("Pause").isEnabled(),
                "while paused, Start should be the way on and Pause disabled");
        capture("simulator-paused");

        click("Start");
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.runStatus().startsWith("Running"),
                "Start did not resume the fleet");
        workbench.waitUntil(Duration.ofSeconds(10), () -> !view.counters().startsWith(held.split(" messages,")[0]
                + " messages,"), "no messages after resuming");

        view.setSpeed(2.5);
        workbench.waitUntil(Duration.ofSeconds(10), () -> simulator.speed() == 2.5
                && view.runStatus().startsWith("Running at 2.5x"), "the speed factor was not applied");
        view.setSpeed(1.0);
        workbench.waitUntil(Duration.ofSeconds(10), () -> simulator.speed() == 1.0, "the speed stayed at 2.5x");

        // the pause left the simulated clock behind the wall clock; a stopped run restarts at the wall clock's time
        click("Stop");
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.runStatus().startsWith("Stopped"),
                "the view never showed the fleet stopped");
        click("Start");
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.runStatus().startsWith("Running at 1.0x"),
                "Start did not restart the stopped fleet");
        Instant simulated = simulator.counters().simulatedTime();
        assertTrue(Duration.between(simulated, Instant.now()).abs().toMillis() < 2_000,
                "after Stop and Start the simulated clock is " + simulated + ", not the wall clock's time");
    }

    @Test
    void spikeButtonMakesTheSelectedDeviceFaultyAndRaisesAnAlert() throws Exception {
        AlertsPart alerts = workbench.part(ALERTS, AlertsPart.class);
        assertEquals("online", view.shownState("thermostat-12"));
        assertTrue(view.selectDevices(List.of("thermostat-12")), "thermostat-12 is not in the device list");
        view.setInjectionDelay(0);
        view.setInjectionLength(4);
        Instant clicked = Instant.now().minusSeconds(1);
        click("spike");

        workbench.waitUntil(Duration.ofSeconds(10), () -> "faulty".equals(view.shownState("thermostat-12")),
                "thermostat-12 never showed as faulty after the spike");
        capture("simulator-spike-faulty");
        IotAlert alert = workbench.waitFor(Duration.ofSeconds(30), () -> alerts.visibleAlerts().stream()
                .filter(a -> a.deviceId().equals("thermostat-12") && !a.time().isBefore(clicked)).findFirst()
                .orElse(null), "no alert row for thermostat-12 after the spike");
        assertTrue(alert.reading() > 70, "the alert should carry the spiking reading, was " + alert.reading());
        workbench.screenshot("simulator-spike-alert");
        workbench.waitUntil(Duration.ofSeconds(20), () -> "online".equals(view.shownState("thermostat-12")),
                "thermostat-12 stayed faulty after its 4 s spike");
    }

    @Test
    void delayedDropoutSilencesTheDeviceOnlyAfterTheDelay() {
        assertTrue(view.selectDevices(List.of("pump-03")), "pump-03 is not in the device list");
        view.setInjectionDelay(3);
        view.setInjectionLength(3);
        long clicked = System.nanoTime();
        click("dropout");
        workbench.waitUntil(Duration.ofSeconds(15), () -> "silent".equals(view.shownState("pump-03")),
                "pump-03 never went silent");
        Duration waited = Duration.ofNanos(System.nanoTime() - clicked);
        assertTrue(waited.toMillis() >= 2_500, "the dropout began after " + waited.toMillis() + " ms, not 3 s");
        workbench.waitUntil(Duration.ofSeconds(15), () -> "online".equals(view.shownState("pump-03")),
                "pump-03 did not come back after its 3 s dropout");
        view.setInjectionDelay(0);
        view.setInjectionLength(0);
    }

    @Test
    void shippedExampleScenarioPassesWithMarksAndAJUnitReport() throws Exception {
        Path example = workbench.service(ConsoleWorkspace.class).directory()
                .resolve("simulator/scenarios/overheating-thermostat.json");
        workbench.waitUntil(Duration.ofSeconds(10), () -> Files.isRegularFile(example),
                "the example scenario was never copied to " + example);
        view.chooseScenario(example);
        click("Run scenario");
        workbench.waitUntil(Duration.ofSeconds(60), () -> !view.scenarioRunning() && !view.scenarioSummary().isEmpty()
                && !view.scenarioSummary().startsWith("Running"), "the scenario never finished");

        assertTrue(view.scenarioSummary().startsWith("Passed: 4 of 4 expectations"), view.scenarioSummary());
        List<String> marks = view.scenarioMarks();
        assertEquals(4, marks.size(), marks.toString());
        marks.forEach(m -> assertTrue(m.startsWith("pass "), "not a pass mark: " + m));
        assertTrue(marks.get(0).contains("thermostat-03"), marks.get(0));
        Path report = Path.of(view.scenarioReport());
        assertTrue(Files.isRegularFile(report), "no JUnit report at " + report);
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<testsuite") && xml.contains("failures=\"0\""), xml);
        assertEquals("", view.problems());
        capture("simulator-scenario-passed");
    }

    @Test
    void brokenScenarioNamesFileLineAndFieldAndRunsNothing(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, """
                {
                  "name": "broken",
                  "durationSeconds": 60,
                  "fleet": [ { "model": "thermostat", "count": 2 } ],
                  "timeline": [
                    { "at": 5, "inject": "meltdown", "devices": ["thermostat-01"] }
                  ],
                  "expectations": []
                }
                """, StandardCharsets.UTF_8);
        view.chooseScenario(broken);
        click("Run scenario");
        workbench.waitUntil(Duration.ofSeconds(20), () -> view.problems().contains("broken.json line 6"),
                "the problem area never named broken.json line 6");
        assertTrue(view.problems().contains("timeline[0].inject") && view.problems().contains("meltdown"),
                view.problems());
        assertTrue(view.scenarioMarks().isEmpty(), "a broken scenario produced marks");
        assertEquals("", view.scenarioReport());
        capture("simulator-broken-scenario");
    }

    @Test
    void brokenModelLeavesTheRunningFleetAlone() throws Exception {
        Path models = workbench.service(ConsoleWorkspace.class).directory().resolve("simulator/models");
        Path broken = models.resolve("broken-pump.json");
        String pump = Files.readString(models.resolve("pump.json"), StandardCharsets.UTF_8);
        Files.writeString(broken, pump.replaceFirst("\"baseline\": [0-9.]+", "\"baseline\": \"high\""),
                StandardCharsets.UTF_8);
        List<FleetEntry> before = simulator.fleet();
        try {
            click("Reload models");
            workbench.waitUntil(Duration.ofSeconds(10), () -> view.models().contains("broken-pump"),
                    "the reloaded model list lacks broken-pump");
            assertTrue(view.setFleetCount("broken-pump", 2));
            click("Apply fleet");
            workbench.waitUntil(Duration.ofSeconds(20), () -> view.problems().contains("broken-pump.json line"),
                    "the problem area never named broken-pump.json and its line");
            assertTrue(view.problems().contains("sensors[0].baseline"), view.problems());
            assertEquals(before, simulator.fleet(), "a bad model file changed the running fleet");
            capture("simulator-broken-model");
        } finally {
            Files.deleteIfExists(broken);
            click("Reload models");
            workbench.waitUntil(Duration.ofSeconds(10), () -> !view.models().contains("broken-pump"),
                    "broken-pump is still listed after deleting it");
        }
    }
}
