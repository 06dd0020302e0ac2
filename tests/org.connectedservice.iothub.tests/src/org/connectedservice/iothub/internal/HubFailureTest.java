package org.connectedservice.iothub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.transport.TransportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub that cannot be reached or refuses the simulator gives one clear message, and the simulator stays as it was:
 * stopped, the same fleet, nothing sent, no device left connected. Fixing the profile and starting again works.
 */
class HubFailureTest {

    private static final List<String> FLEET = List.of("thermostat-01", "thermostat-02", "thermostat-03");

    @TempDir
    static Path folder;

    private static TestCertificate certificate;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(folder);
    }

    @Test
    void anUnknownHostSaysSoAndNothingStarts() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            testbed.hub.start();
            IotHubSettings wrongHost = new IotHubSettings("no-such-hub.invalid", LocalRegistry.POLICY,
                    HubTestbed.POLICY_KEY, DeviceProtocol.MQTT, true);

            String message = refusal(testbed, wrongHost);

            assertTrue(message.startsWith("Cannot find IoT Hub host 'no-such-hub.invalid'"), message);
            assertUntouched(testbed);
        }
    }

    @Test
    void aWrongPolicyKeyNamesThePolicyAndNothingStarts() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            testbed.hub.start();
            IotHubSettings wrongKey = new IotHubSettings(testbed.registry.hostName(), LocalRegistry.POLICY,
                    "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXk=", DeviceProtocol.MQTT, true);

            String message = refusal(testbed, wrongKey);

            assertTrue(message.contains("refused the shared access policy 'iothubowner'"), message);
            assertUntouched(testbed);
        }
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedBeforeAnythingIsSent() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            IotHubSettings garbled = new IotHubSettings(testbed.registry.hostName(), LocalRegistry.POLICY,
                    "not a key!", DeviceProtocol.MQTT, true);

            String message = refusal(testbed, garbled);

            assertTrue(message.contains("is not a base64 key"), message);
            assertTrue(testbed.registry.bulkSizes().isEmpty(), "no registry request with a broken key");
            assertUntouched(testbed);
        }
    }

    @Test
    void withoutBulkCreationADeviceMissingFromTheRegistryIsNamedAndNothingStarts() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            testbed.hub.start();
            IotHubSettings noCreation = new IotHubSettings(testbed.registry.hostName(), LocalRegistry.POLICY,
                    HubTestbed.POLICY_KEY, DeviceProtocol.MQTT, false);

            String message = refusal(testbed, noCreation);

            assertTrue(message.matches("Device thermostat-0[123] is not in IoT Hub "
                    + Pattern.quote(certificate.address()) + "'s registry\\. Allow "
                    + "creating devices in bulk in the connection profile, or register it\\..*"), message);
            assertUntouched(testbed);
            assertTrue(testbed.registry.bulkSizes().isEmpty(), "nothing was created");
        }
    }

    @Test
    void aHubWhoseMqttEndpointIsDownSaysNothingAnswersAndCanBeRetriedOnceItIsUp() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            String message = refusal(testbed, testbed.settings(DeviceProtocol.MQTT));

            assertTrue(message.contains("Nothing answers at " + certificate.address() + ":8883 (MQTT)"), message);
            assertUntouched(testbed);

            testbed.hub.start();
            testbed.start(testbed.settings(DeviceProtocol.MQTT));
            assertEquals(SimulatorRunState.RUNNING, testbed.runner.state());
            assertEquals(Set.copyOf(FLEET), testbed.hub.connectedDevices());
        }
    }

    @Test
    void aDeviceTheHubRefusesIsNamedAndTheDevicesAlreadyConnectedAreDisconnectedAgain() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3, Set.of("thermostat-03"))) {
            testbed.hub.start();

            String message = refusal(testbed, testbed.settings(DeviceProtocol.MQTT));

            assertTrue(message.startsWith("IoT Hub " + certificate.address()
                    + " refused device thermostat-03: its key is not accepted"),
                    message);
            assertUntouched(testbed);
            long deadline = System.currentTimeMillis() + 5_000;
            while (!testbed.hub.connectedDevices().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(Set.of(), testbed.hub.connectedDevices(), "no half-connected fleet");
        }
    }

    @Test
    void overAmqpADownEndpointAndARefusedDeviceAreNamedAndTheSharedConnectionIsClosed() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3, Set.of("thermostat-02"))) {
            String down = refusal(testbed, testbed.settings(DeviceProtocol.AMQP));
            assertTrue(down.startsWith("Nothing answers at " + certificate.address() + ":5671 (AMQP)"), down);
            assertUntouched(testbed);

            testbed.amqpHub.start();
            String refused = refusal(testbed, testbed.settings(DeviceProtocol.AMQP));

            assertTrue(refused.startsWith("IoT Hub " + certificate.address() + " refused device thermostat-02"),
                    refused);
            assertUntouched(testbed);
            long deadline = System.currentTimeMillis() + 5_000;
            while (testbed.amqpHub.openConnections() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, testbed.amqpHub.openConnections(), "the multiplexed connection is closed again");
        }
    }

    @Test
    void aFleetTooLargeForOneConnectionPerDeviceIsPointedToAmqpBeforeAnythingIsCreated() throws Exception {
        try (HubTestbed testbed = new HubTestbed(certificate, 3)) {
            List<String> large = IntStream.rangeClosed(1, MqttConnector.MAX_DEVICES + 1)
                    .mapToObj(i -> "pump-" + i).toList();

            TransportException refused = assertThrows(TransportException.class,
                    () -> testbed.transport.connect(testbed.settings(DeviceProtocol.MQTT), large, testbed.link));

            assertTrue(refused.getMessage().contains("Choose AMQP in the connection profile"), refused.getMessage());
            assertTrue(testbed.registry.bulkSizes().isEmpty(), "nothing was created");
        }
    }

    private static String refusal(HubTestbed testbed, IotHubSettings settings) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> testbed.start(settings));
        assertTrue(refused.getMessage().endsWith("The simulator did not start."), refused.getMessage());
        return refused.getMessage();
    }

    private static void assertUntouched(HubTestbed testbed) {
        assertEquals(SimulatorRunState.STOPPED, testbed.runner.state());
        assertEquals(FLEET, testbed.runner.fleet().ids());
        assertTrue(testbed.embedded.isEmpty(), "nothing was sent");
        assertFalse(testbed.link.isConnected());
    }
}
