package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's side of the IoT Hub transport without a hub: an embedded profile runs as before, and a profile
 * that names a hub when the transport bundle is missing says so and starts nothing. The device client itself is
 * exercised in org.connectedservice.iothub.tests against a local hub.
 */
class HubLinkTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private final List<Object> embedded = new CopyOnWriteArrayList<>();
    private final HubLink link = new HubLink(new TelemetrySink() {
        @Override
        public void reading(Reading reading) {
            embedded.add(reading);
        }

        @Override
        public void message(SimulatedMessage message) {
            embedded.add(message);
        }
    });
    private final FleetRunner runner = new FleetRunner(DemoFleet.create(42, START, Duration.ofSeconds(1)), link,
            new MutableClock(START), Duration.ofDays(1));

    @AfterEach
    void stop() {
        link.stop(runner);
    }

    @Test
    void withoutAHubTheFleetRunsEmbeddedOnly() {
        link.start(runner, null, null);

        assertEquals(SimulatorRunState.RUNNING, runner.state());
        assertFalse(link.isConnected());
        assertNull(link.connectedTo());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (embedded.size() < 25 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(embedded.size() >= 25, "the first tick reached the embedded engine");
    }

    @Test
    void aHubInTheProfileWithoutTheTransportBundleSaysWhatIsMissingAndNothingStarts() {
        IotHubSettings hub = new IotHubSettings("myhub.azure-devices.net", "iothubowner", "a2V5", DeviceProtocol.MQTT,
                true);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> link.start(runner, hub, null));

        assertTrue(refused.getMessage().contains("IoT Hub myhub.azure-devices.net, but the IoT Hub transport"),
                refused.getMessage());
        assertEquals(SimulatorRunState.STOPPED, runner.state());
        assertTrue(embedded.isEmpty());
    }
}
