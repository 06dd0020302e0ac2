package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.service.AlertStore;
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

/** A tester replays a recorded file from the simulator view and sees what the engine made of it. */
class ReplayViewTest {

    private static final String SIMULATOR = "org.connectedservice.ui.simulator.part.simulator";
    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";

    private Workbench workbench;
    private SimulatorPart view;

    @BeforeEach
    void showSimulatorView() {
        workbench = new Workbench();
        parts().showPart(SIMULATOR, PartState.ACTIVATE);
        view = workbench.part(SIMULATOR, SimulatorPart.class);
    }

    @AfterEach
    void backToTheChart() {
        parts().showPart(CHART, PartState.ACTIVATE);
    }

    private EPartService parts() {
        return workbench.mainWindow().getContext().get(EPartService.class);
    }

    @Test
    void aRecordingPlaysIntoTheEngineWithBadLinesQuarantinedAndAnAlertRaised(@TempDir Path folder)
            throws Exception {
        Path recording = folder.resolve("overheat.jsonl");
        Files.write(recording, recordingWithAnOverheatABadLineAndADuplicate());
        view.chooseRecording(recording, "As fast as possible");
        click("Play recording");
        workbench.waitUntil(Duration.ofSeconds(30), () -> view.replayStatus().startsWith("Played"),
                "the replay never finished: " + view.replayStatus() + " " + view.problems());
        String status = view.replayStatus();
        assertTrue(status.startsWith("Played 42 lines"), status);
        assertTrue(status.contains("1 quarantined (1 bad JSON)"), status);
        assertTrue(status.contains("1 duplicates dropped"), status);
        assertFalse(view.replaying());
        AlertStore alerts = workbench.service(AlertStore.class);
        workbench.waitUntil(Duration.ofSeconds(30),
                () -> alerts.newest(200).stream().anyMatch(a -> a.deviceId().equals("replay-thermostat-01")),
                "the replayed overheat never became an alert");
        workbench.pause(Duration.ofMillis(400));
        workbench.capture(view.control(), "simulator-replay-played");
    }

    @Test
    void aMissingRecordingSaysSoAndNothingStarts(@TempDir Path folder) {
        view.chooseRecording(folder.resolve("no-such-recording.jsonl"), "10x");
        click("Play recording");
        workbench.waitUntil(Duration.ofSeconds(10), () -> view.problems().contains("no-such-recording.jsonl"),
                "no problem shown for a missing recording");
        assertTrue(view.problems().contains("pick a recorded .jsonl or .csv file"), view.problems());
        assertFalse(view.replaying());
        assertNotNull(view.button("Play recording"), "the Stop button did not turn back into Play");
    }

    private void click(String text) {
        Button button = view.button(text);
        assertNotNull(button, "no '" + text + "' button in the simulator view");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static List<String> recordingWithAnOverheatABadLineAndADuplicate() {
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double temperature = i >= 20 && i < 30 ? 96.5 : 64.0 + (i % 3);
            lines.add(message("replay-thermostat-01", "m-" + i, start.plusSeconds(i), temperature));
        }
        lines.add("{\"deviceId\":\"replay-thermostat-01\",\"enqueuedTime\":");
        lines.add(lines.get(5));
        return lines;
    }

    private static String message(String device, String id, Instant time, double temperature) {
        return String.format(Locale.ROOT, "{\"deviceId\":\"%s\",\"enqueuedTime\":\"%s\",\"messageId\":\"%s\","
                + "\"properties\":{\"DeviceType\":\"Thermostat\"},\"systemProperties\":{},"
                + "\"body\":{\"Temperature\":%.1f,\"Humidity\":40}}", device, time, id, temperature);
    }
}
