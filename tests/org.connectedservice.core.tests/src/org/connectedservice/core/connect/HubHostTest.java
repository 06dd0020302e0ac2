package org.connectedservice.core.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A hub host name is read as users paste it, and wrong input says what to enter instead. */
class HubHostTest {

    @Test
    void aPastedAddressIsReadAsTheHostAndTheHubsName() {
        HubHost hub = HubHost.parse("  https://Contoso-Hub.azure-devices.net/ ");

        assertEquals("contoso-hub.azure-devices.net", hub.host());
        assertEquals(HubHost.NO_PORT, hub.port());
        assertEquals("contoso-hub.azure-devices.net", hub.authority());
        assertEquals("contoso-hub", hub.name());
    }

    @Test
    void aLocalTestHubKeepsItsPort() {
        HubHost hub = HubHost.parse("127.0.0.1:8443");

        assertEquals("127.0.0.1", hub.host());
        assertEquals(8443, hub.port());
        assertEquals("127.0.0.1:8443", hub.authority());
    }

    @Test
    void wrongInputSaysWhatToEnter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HubHost.parse(" ")).getMessage()
                .contains("has no IoT Hub host name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HubHost.parse("hub.azure-devices.net:99999"))
                .getMessage().contains("has a port that is not a number from 1 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HubHost.parse("hub.azure-devices.net:x"))
                .getMessage().contains("has a port that is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HubHost.parse("HostName=hub;Key=x"))
                .getMessage().contains("is not an IoT Hub host name"));
    }
}
