package org.connectedservice.connections.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.connectedservice.core.connect.IotHubConnectionString;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.junit.jupiter.api.Test;

class IotHubConnectionStringTest {

    private static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtaHViLXBvbGljeQ==";

    @Test
    void readsThePolicyConnectionStringThePortalOffersKeepingTheKeysPadding() {
        IotHubSettings hub = IotHubConnectionString.parse(" HostName=contoso-hub.azure-devices.net;"
                + "SharedAccessKeyName=iothubowner;SharedAccessKey=" + KEY + " ", DeviceProtocol.AMQP, true);

        assertEquals("contoso-hub.azure-devices.net", hub.hostName());
        assertEquals("iothubowner", hub.sharedAccessKeyName());
        assertEquals(KEY, hub.sharedAccessKey());
        assertEquals(DeviceProtocol.AMQP, hub.deviceProtocol());
        assertTrue(hub.createDevicesInBulk());
        assertEquals("HostName=contoso-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=" + KEY,
                IotHubConnectionString.format(hub));
    }

    @Test
    void namesEveryMissingPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IotHubConnectionString.parse("HostName=contoso-hub.azure-devices.net", null, false));

        assertTrue(e.getMessage().contains("lacks SharedAccessKeyName=..., SharedAccessKey=..."), e.getMessage());
        assertTrue(e.getMessage().contains("Shared access policies"), e.getMessage());
    }

    @Test
    void saysADeviceConnectionStringIsTheWrongOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IotHubConnectionString.parse("HostName=contoso-hub.azure-devices.net;DeviceId=pump-01;"
                        + "SharedAccessKey=" + KEY, DeviceProtocol.MQTT, false));

        assertTrue(e.getMessage().contains("connection string of device 'pump-01'"), e.getMessage());
    }

    @Test
    void saysTheEventHubEndpointIsTheWrongOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IotHubConnectionString.parse("Endpoint=sb://ihsuprodblres.servicebus.windows.net/;"
                        + "SharedAccessKeyName=iothubowner;SharedAccessKey=" + KEY + ";EntityPath=contoso-hub",
                        DeviceProtocol.MQTT, false));

        assertTrue(e.getMessage().contains("Event Hub-compatible endpoint"), e.getMessage());
    }

    @Test
    void refusesAnEmptyString() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IotHubConnectionString.parse("  ", DeviceProtocol.MQTT, false));

        assertTrue(e.getMessage().startsWith("IoT Hub connection string: it is empty"), e.getMessage());
    }
}
