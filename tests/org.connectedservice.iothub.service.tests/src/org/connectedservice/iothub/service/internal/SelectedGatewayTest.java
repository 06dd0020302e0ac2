package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.model.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A second local hub stands in for the embedded gateway: what matters is which one answers. */
class SelectedGatewayTest extends LocalHubTest {

    private LocalServiceHub profileHub;
    private SelectedGateway selected;

    @BeforeEach
    void twoHubs() throws Exception {
        hub.twins().create("simulated-thermostat");
        profileHub = new LocalServiceHub(certificate.serverContext());
        profileHub.twins().create("hub-thermostat");
        selected = new SelectedGateway(gateway, settings -> HubGateway.forProfile(settings, null,
                Clock.systemUTC()));
    }

    @AfterEach
    void closeHubs() throws Exception {
        selected.close();
        profileHub.close();
    }

    @Test
    void theEmbeddedGatewayAnswersUntilTheProfileHasAHub() {
        selected.select(ConnectionProfile.embedded());

        assertEquals(List.of(new Device("simulated-thermostat", "simulated-thermostat", "", "")),
                selected.devices());
    }

    @Test
    void theProfilesHubTakesOverAndHandsBackWhenItIsRemoved() {
        selected.select(profile(profileHub.hostName(), LocalServiceHub.POLICY_KEY));

        assertEquals(List.of(new Device("hub-thermostat", "hub-thermostat", "", "")), selected.devices());
        assertTrue(selected.name().startsWith("IoT Hub localhost"), selected.name());

        selected.select(ConnectionProfile.embedded());

        assertEquals(List.of(new Device("simulated-thermostat", "simulated-thermostat", "", "")),
                selected.devices());
    }

    @Test
    void aHubProfileThatCannotConnectSaysWhyInsteadOfUsingTheSimulatedDevices() {
        selected.select(profile(profileHub.hostName(), "not a key!"));

        IllegalStateException failure = assertThrows(IllegalStateException.class, selected::devices);

        assertTrue(failure.getMessage().contains("not a base64 key") && failure.getMessage().contains("Connections"),
                failure.getMessage());
        assertTrue(selected.register(org.connectedservice.core.devices.RegisteredDevice.of("x", null, null, null,
                null)).isPresent());
    }

    private static ConnectionProfile profile(String hostName, String key) {
        return new ConnectionProfile("Azure", settings(hostName, key), null, null);
    }
}
