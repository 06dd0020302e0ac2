package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.ui.simulator.SimulatorPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tester points the running fleet at an IoT Hub that cannot be reached: the console stays responsive, the
 * simulator view says why the devices are not connected, and going back to embedded resumes the fleet.
 */
class HubProfileSwitchTest {

    private static final String SIMULATOR = "org.connectedservice.ui.simulator.part.simulator";
    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";

    private Workbench workbench;
    private ConnectionProfiles profiles;
    private FleetSimulator simulator;
    private SimulatorPart view;

    @BeforeEach
    void runningFleetOnTheSimulatorView() {
        workbench = new Workbench();
        profiles = workbench.service(ConnectionProfiles.class);
        simulator = workbench.service(FleetSimulator.class);
        if (simulator.runState() != SimulatorRunState.RUNNING) {
            simulator.start();
        }
        parts().showPart(SIMULATOR, PartState.ACTIVATE);
        view = workbench.part(SIMULATOR, SimulatorPart.class);
    }

    @AfterEach
    void embeddedAndRunningAgain() {
        profiles.save(ConnectionProfile.embedded());
        workbench.waitUntil(Duration.ofSeconds(20), () -> simulator.runState() == SimulatorRunState.RUNNING,
                "the fleet did not run again after going back to embedded");
        parts().showPart(CHART, PartState.ACTIVATE);
    }

    private EPartService parts() {
        return workbench.mainWindow().getContext().get(EPartService.class);
    }

    @Test
    void anUnreachableHubIsExplainedInTheViewAndEmbeddedResumesTheFleet() throws Exception {
        IotHubSettings nowhere = new IotHubSettings("127.0.0.1", "iothubowner", "c2VjcmV0LWtleS1mb3ItdGVzdHM=",
                DeviceProtocol.AMQP, false);
        profiles.save(new ConnectionProfile("Unreachable hub", nowhere, null, null));
        workbench.waitUntil(Duration.ofSeconds(60), () -> view.hubStatus().contains("did not start"),
                "the simulator view never said why the devices are not connected: '" + view.hubStatus() + "'");
        assertEquals(SimulatorRunState.STOPPED, simulator.runState(), "a half-connected fleet kept running");
        workbench.pause(Duration.ofMillis(300));
        workbench.capture(view.control(), "simulator-hub-unreachable");

        profiles.save(ConnectionProfile.embedded());
        workbench.waitUntil(Duration.ofSeconds(20), () -> simulator.runState() == SimulatorRunState.RUNNING,
                "the fleet stayed stopped after going back to embedded");
        workbench.waitUntil(Duration.ofSeconds(5), () -> view.hubStatus().isEmpty(),
                "the hub problem stayed on screen after going back to embedded: " + view.hubStatus());
        assertTrue(view.runStatus().startsWith("Running"), view.runStatus());
    }
}
