package org.connectedservice.connections.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.connect.SqlSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredConnectionProfilesTest {

    static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtaHViLXBvbGljeQ==";
    static final String CLIENT_ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @TempDir
    Path workspace;

    static IotHubSettings hub() {
        return new IotHubSettings("contoso-hub.azure-devices.net", "iothubowner", KEY, DeviceProtocol.MQTT, false);
    }

    static DynamicsSettings dynamics(String org) {
        return new DynamicsSettings(URI.create(org),
                URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"), CLIENT_ID,
                "s3cr3t~value");
    }

    static ConnectionProfile full() {
        return new ConnectionProfile("Contoso production", hub(), dynamics("https://contoso.crm4.dynamics.com"),
                new SqlSettings("jdbc:sqlserver://contoso.database.windows.net:1433;database=ops", "console",
                        "pa55word"));
    }

    @Test
    void aNewWorkspaceRunsEmbedded() {
        StoredConnectionProfiles profiles = new StoredConnectionProfiles(workspace);

        assertTrue(profiles.active().isEmbedded());
        assertTrue(profiles.startupProblem().isEmpty());
    }

    @Test
    void aSavedProfileIsActiveAfterARestartWithItsSecretsApartAndPrivate() throws IOException {
        new StoredConnectionProfiles(workspace).save(full());

        StoredConnectionProfiles restarted = new StoredConnectionProfiles(workspace);

        assertEquals(full(), restarted.active());
        String open = Files.readString(workspace.resolve(ProfileFile.PROFILE), StandardCharsets.UTF_8);
        assertTrue(open.contains("contoso-hub.azure-devices.net"), open);
        for (String secret : List.of(KEY, "s3cr3t~value", "pa55word")) {
            assertFalse(open.contains(secret), "connections.json shows a secret: " + open);
        }
        Path secrets = workspace.resolve(ProfileFile.SECRETS);
        assertTrue(Files.readString(secrets, StandardCharsets.UTF_8).contains("s3cr3t~value"));
        if (Files.getFileStore(workspace).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
        }
    }

    @Test
    void aConnectionStringInTheHostFieldIsRefusedSayingWhereItGoes() {
        StoredConnectionProfiles profiles = new StoredConnectionProfiles(workspace);
        IotHubSettings pasted = new IotHubSettings("HostName=contoso-hub.azure-devices.net;SharedAccessKeyName=x",
                "iothubowner", KEY, DeviceProtocol.MQTT, false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> profiles.save(new ConnectionProfile("Contoso", pasted, null, null)));

        assertTrue(e.getMessage().startsWith("IoT Hub host name: it holds a connection string"), e.getMessage());
        assertFalse(Files.exists(workspace.resolve(ProfileFile.PROFILE)), "a refused profile was written");
        assertTrue(profiles.active().isEmbedded());
    }

    @Test
    void aKeyThatIsNotBase64IsRefused() {
        IotHubSettings wrongKey = new IotHubSettings("contoso-hub.azure-devices.net", "iothubowner", "not a key!",
                DeviceProtocol.MQTT, false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoredConnectionProfiles(
                workspace).save(new ConnectionProfile("Contoso", wrongKey, null, null)));

        assertTrue(e.getMessage().startsWith("IoT Hub shared access key: it is not a base64 key"), e.getMessage());
    }

    @Test
    void aDynamicsAddressOutsideDataverseIsRefusedButALocalTestPeerIsNot() {
        StoredConnectionProfiles profiles = new StoredConnectionProfiles(workspace);
        for (String wrong : List.of("http://contoso.crm.dynamics.com", "https://contoso.dynamics.com",
                "https://contoso.example.com")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> profiles.save(new ConnectionProfile("Contoso", null, dynamics(wrong), null)));
            assertTrue(e.getMessage().startsWith("Dynamics organization URL: '" + wrong + "' is not"
                    + " https://<org>.crm*.dynamics.com"), e.getMessage());
        }
        IllegalArgumentException withPath = assertThrows(IllegalArgumentException.class,
                () -> profiles.save(new ConnectionProfile("Contoso", null,
                        dynamics("https://contoso.crm.dynamics.com/main.aspx"), null)));
        assertTrue(withPath.getMessage().contains("without /main.aspx"), withPath.getMessage());

        DynamicsSettings local = new DynamicsSettings(URI.create("http://127.0.0.1:8089"),
                URI.create("http://127.0.0.1:8089/tenant/token"), "test-client", "secret");
        profiles.save(new ConnectionProfile("Local test", null, local, null));
        assertEquals(local, new StoredConnectionProfiles(workspace).active().dynamics());
    }

    @Test
    void aClientIdThatIsNotAGuidIsRefused() {
        DynamicsSettings d = dynamics("https://contoso.crm.dynamics.com");
        DynamicsSettings wrongId = new DynamicsSettings(d.organizationUrl(), d.tokenEndpoint(), "my-app",
                d.clientSecret());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoredConnectionProfiles(
                workspace).save(new ConnectionProfile("Contoso", null, wrongId, null)));

        assertTrue(e.getMessage().startsWith("Dynamics client id: 'my-app' is not an application id"),
                e.getMessage());
    }

    @Test
    void aBrokenFileLeavesTheConsoleEmbeddedSaysWhereAndIsKept() throws IOException {
        Path file = workspace.resolve(ProfileFile.PROFILE);
        String broken = "{\n  \"name\": \"Contoso\",\n  \"iotHub\": { \"hostName\": \"x\" \n}\n";
        Files.writeString(file, broken, StandardCharsets.UTF_8);

        StoredConnectionProfiles profiles = new StoredConnectionProfiles(workspace);

        assertTrue(profiles.active().isEmbedded());
        String problem = profiles.startupProblem().orElseThrow();
        assertTrue(problem.startsWith("connections.json line 5"), problem);
        assertTrue(problem.contains("runs embedded"), problem);
        assertEquals(broken, Files.readString(file, StandardCharsets.UTF_8));

        profiles.save(full());

        assertEquals(broken, Files.readString(workspace.resolve(StoredConnectionProfiles.BROKEN_COPY),
                StandardCharsets.UTF_8));
        assertTrue(profiles.startupProblem().isEmpty());
        assertEquals(full(), new StoredConnectionProfiles(workspace).active());
    }

    @Test
    void aMissingSecretsFileSaysWhichSecretToEnterAgain() throws IOException {
        new StoredConnectionProfiles(workspace).save(full());
        Files.delete(workspace.resolve(ProfileFile.SECRETS));

        StoredConnectionProfiles restarted = new StoredConnectionProfiles(workspace);

        assertTrue(restarted.active().isEmbedded());
        String problem = restarted.startupProblem().orElseThrow();
        assertTrue(problem.startsWith("connection-secrets.json lacks the IoT Hub shared access key"), problem);
    }

    @Test
    void aHandEditThatBreaksAFieldIsReportedWithTheField() throws IOException {
        new StoredConnectionProfiles(workspace).save(full());
        Path file = workspace.resolve(ProfileFile.PROFILE);
        Files.writeString(file, Files.readString(file).replace("https://contoso.crm4.dynamics.com",
                "https://contoso.sharepoint.com"));

        String problem = new StoredConnectionProfiles(workspace).startupProblem().orElseThrow();

        assertTrue(problem.startsWith("Dynamics organization URL: 'https://contoso.sharepoint.com'"), problem);
    }

    @Test
    void listenersHearEverySavedProfileEvenWhenOneOfThemFails() {
        StoredConnectionProfiles profiles = new StoredConnectionProfiles(workspace);
        List<ConnectionProfile> heard = new ArrayList<>();
        profiles.addListener(p -> {
            throw new IllegalStateException("a broken listener");
        });
        profiles.addListener(heard::add);

        profiles.save(full());
        assertThrows(IllegalArgumentException.class, () -> profiles.save(new ConnectionProfile(" ", null, null,
                null)));
        profiles.save(ConnectionProfile.embedded());

        assertEquals(List.of(full(), ConnectionProfile.embedded()), heard);
        assertTrue(new StoredConnectionProfiles(workspace).active().isEmbedded());
    }
}
