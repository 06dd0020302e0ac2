package org.connectedservice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.connect.SqlSettings;
import org.connectedservice.core.model.EngineStats;
import org.junit.jupiter.api.Test;

/** What the status line says about where the stages run. */
class EngineStatusLineTest {

    private static final IotHubSettings HUB = new IotHubSettings("contoso-hub.azure-devices.net", "iothubowner",
            "c2VjcmV0", DeviceProtocol.AMQP, false);
    private static final DynamicsSettings DYNAMICS = new DynamicsSettings(URI.create("https://contoso.crm.dynamics.com"),
            URI.create("https://login.microsoftonline.com/t/oauth2/v2.0/token"), "client", "secret");
    private static final SqlSettings SQL = new SqlSettings("jdbc:sqlserver://s.database.windows.net", "u", "p");

    @Test
    void theDefaultProfileSaysEmbedded() {
        assertEquals("Embedded", EngineStatusLine.where(ConnectionProfile.embedded()));
    }

    @Test
    void aHubAndAzureSqlAreNamedAndDynamicsAloneLeavesTheEngineEmbedded() {
        assertEquals("IoT Hub contoso-hub.azure-devices.net, Azure SQL",
                EngineStatusLine.where(new ConnectionProfile("Connected", HUB, null, SQL)));
        assertEquals("Embedded engine", EngineStatusLine.where(new ConnectionProfile("Connected", null, DYNAMICS,
                null)));
    }

    @Test
    void engineFiguresReadWithSeparatorsAndRejectedOnlyWhenThereAreSome() {
        assertEquals("Engine running  |  12.5 events/s  |  12,345 readings  |  3 faults raised  |  outbox 0",
                EngineStatusLine.format(new EngineStats(true, 12.5, 12_345, 3, 0, 0)));
        assertEquals("Engine stopped  |  0.0 events/s  |  0 readings  |  0 faults raised  |  outbox 2  |  4 rejected",
                EngineStatusLine.format(new EngineStats(false, 0, 0, 0, 2, 4)));
    }
}
