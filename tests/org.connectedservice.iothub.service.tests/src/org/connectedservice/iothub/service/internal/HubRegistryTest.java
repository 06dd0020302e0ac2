package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.model.Device;
import org.junit.jupiter.api.Test;

class HubRegistryTest extends LocalHubTest {

    @Test
    void listsTheHubsDevicesWithTheTypeAndAssetTheirTagsCarry() throws Exception {
        hub.twins().create("thermostat-01");
        hub.twins().create("pump-01");
        hub.twins().patch("pump-01", LocalTwins.JSON.readTree(
                "{\"tags\":{\"deviceType\":\"Pump\",\"asset\":\"Building B\",\"name\":\"Basement pump\"}}"), null,
                Instant.now());

        List<Device> devices = gateway.devices();

        assertEquals(List.of(new Device("thermostat-01", "thermostat-01", "", ""),
                new Device("pump-01", "Basement pump", "Pump", "Building B")), devices);
        assertTrue(hub.requests().stream().allMatch(r -> r.authorization().endsWith("&skn=iothubowner")));
    }

    @Test
    void connectionStateAndLastActivityComeFromTheHub() {
        Instant active = Instant.parse("2026-03-01T10:15:30.123Z");
        hub.twins().create("thermostat-01");
        hub.twins().connect("thermostat-01", true, active);
        hub.twins().create("thermostat-02");

        Map<String, DeviceConnection> connections = gateway.connections();

        assertEquals(new DeviceConnection("thermostat-01", ConnectionState.CONNECTED, active, null),
                connections.get("thermostat-01"));
        assertEquals(ConnectionState.DISCONNECTED, connections.get("thermostat-02").state());
        assertNull(connections.get("thermostat-02").lastActivity(), "a device that never connected has no activity");
    }

    @Test
    void registeringCreatesTheIdentityWithItsTagsAndARepeatIsFine() throws Exception {
        RegisteredDevice device = RegisteredDevice.of("cooler-07", "Cold room cooler", "Compressor", "Building A",
                RegistrationStatus.UNREGISTERED);

        assertEquals(Optional.empty(), gateway.register(device));
        assertEquals(Optional.empty(), gateway.register(device), "a device already in the hub counts as registered");

        assertTrue(hub.twins().has("cooler-07"));
        assertEquals(LocalTwins.JSON.readTree("{\"name\":\"Cold room cooler\",\"deviceType\":\"Compressor\","
                + "\"asset\":\"Building A\"}"), hub.twins().tags("cooler-07"));
        assertEquals(List.of(new Device("cooler-07", "Cold room cooler", "Compressor", "Building A")),
                gateway.devices(), "an import from the hub brings the registration's details back");
    }

    @Test
    void aWrongKeyIsNamedWithWhereToCopyTheRightOne() throws Exception {
        hub.twins().create("thermostat-01");
        try (HubGateway wrong = HubGateway.connect(settings(hub.hostName(), WRONG_KEY), null,
                java.time.Clock.systemUTC())) {
            IllegalStateException listing = assertThrows(IllegalStateException.class, wrong::devices);
            assertTrue(listing.getMessage().contains("refused the shared access policy 'iothubowner'")
                    && listing.getMessage().contains("key is wrong"), listing.getMessage());
            Optional<String> registration = wrong.register(RegisteredDevice.of("x", null, null, null, null));
            assertTrue(registration.orElseThrow().contains("Shared access policies"), registration.toString());
            assertEquals(Map.of(), wrong.connections(), "the Devices view still lists the local registry");
        }
    }

    @Test
    void throttlingSaysToWaitAndSendToFewerDevices() {
        hub.force(429);

        IllegalStateException failure = assertThrows(IllegalStateException.class, gateway::devices);

        assertTrue(failure.getMessage().contains("throttling requests (HTTP 429)"), failure.getMessage());
    }

    @Test
    void anUnreachableHubSaysNothingAnswers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HubGateway unreachable = HubGateway.connect(settings("localhost:" + closedPort,
                LocalServiceHub.POLICY_KEY), null, java.time.Clock.systemUTC())) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, unreachable::devices);
            assertTrue(failure.getMessage().startsWith("Nothing answers at IoT Hub localhost:" + closedPort),
                    failure.getMessage());
        }
    }

    @Test
    void anUnknownHubHostIsNamed() throws Exception {
        try (HubGateway unknown = HubGateway.connect(settings("no-such-hub.invalid", LocalServiceHub.POLICY_KEY),
                null, java.time.Clock.systemUTC())) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, unknown::devices);
            assertTrue(failure.getMessage().startsWith("Cannot find IoT Hub host 'no-such-hub.invalid'"),
                    failure.getMessage());
        }
    }
}
