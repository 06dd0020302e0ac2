package org.connectedservice.dynamics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DataverseClientTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final FakeDataverse dataverse;

    DataverseClientTest() throws IOException {
        dataverse = new FakeDataverse();
    }

    @AfterEach
    void stop() {
        dataverse.close();
    }

    private DataverseClient client(DynamicsSettings settings) {
        return new DataverseClient(settings, DataverseClient.defaultHttp(), clock, waits::add);
    }

    private DataverseClient client() {
        return client(dataverse.settings());
    }

    private static ObjectNode registered(String id, RegistrationStatus status, String message) {
        return DataverseRows.device(RegisteredDevice.of(id, "Lobby thermostat", "Thermostat", "Building A", status)
                .withRegistration(status, message));
    }

    @Test
    void aRegistrationCreatesTheDeviceRowAndALaterOneUpdatesThatRow() throws Exception {
        client().upsertDevice("thermostat-07", registered("thermostat-07", RegistrationStatus.REGISTERED, ""));
        client().upsertDevice("thermostat-07", registered("thermostat-07", RegistrationStatus.ERROR,
                "the hub refused the key"));

        List<ObjectNode> rows = dataverse.rows(DataverseRows.DEVICES);
        assertEquals(1, rows.size(), rows.toString());
        ObjectNode row = rows.get(0);
        assertEquals("thermostat-07", row.get("msdyn_deviceid").asText());
        assertEquals("Lobby thermostat", row.get("msdyn_name").asText());
        assertEquals(192_350_004, row.get("msdyn_registrationstatus").asInt());
        assertEquals("the hub refused the key", row.get("msdyn_registrationmessage").asText());
        assertTrue(dataverse.seen().stream().allMatch(s -> "4.0".equals(s.odataVersion())
                && "4.0".equals(s.odataMaxVersion())), dataverse.seen().toString());
    }

    @Test
    void aDeviceDynamicsAlreadyHasIsUpdatedUnderItsOwnKey() throws Exception {
        String existing = UUID.randomUUID().toString();
        dataverse.tables.get(DataverseRows.DEVICES).put(existing, registered("pump-01", RegistrationStatus.UNKNOWN,
                "").put("msdyn_iotdeviceid", existing));

        client().upsertDevice("pump-01", registered("pump-01", RegistrationStatus.REGISTERED, ""));

        List<ObjectNode> rows = dataverse.rows(DataverseRows.DEVICES);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(existing, rows.get(0).get("msdyn_iotdeviceid").asText());
        assertEquals(192_350_003, rows.get(0).get("msdyn_registrationstatus").asInt());
    }

    @Test
    void aCommandIsLinkedToTheRowOfItsDeviceOnceDynamicsHasOne() throws Exception {
        DataverseClient client = client();
        UUID reboot = UUID.randomUUID();
        ObjectNode command = JsonNodeFactory.instance.objectNode().put("msdyn_name", "Reboot to pump-02")
                .put("msdyn_deviceid", "pump-02");

        client.upsertCommand(reboot, "pump-02", command);
        assertFalse(dataverse.rows(DataverseRows.COMMANDS).get(0).has("_msdyn_device_value"),
                "a device Dynamics does not have cannot be linked; the command must still be mirrored");

        client.upsertDevice("pump-02", registered("pump-02", RegistrationStatus.REGISTERED, ""));
        client.upsertCommand(reboot, "pump-02", command);
        assertEquals(DataverseRows.deviceKey("pump-02").toString(),
                dataverse.rows(DataverseRows.COMMANDS).get(0).path("_msdyn_device_value").asText());

        String theirs = UUID.randomUUID().toString();
        dataverse.tables.get(DataverseRows.DEVICES).put(theirs, registered("pump-01", RegistrationStatus.REGISTERED,
                "").put("msdyn_iotdeviceid", theirs));
        UUID other = UUID.randomUUID();
        client().upsertCommand(other, "pump-01", command.deepCopy().put("msdyn_deviceid", "pump-01"));
        assertEquals(theirs, dataverse.tables.get(DataverseRows.COMMANDS).get(other.toString())
                .path("_msdyn_device_value").asText(), "a device row made elsewhere is found by its device id");
    }

    @Test
    void oneTokenServesEveryRequestUntilShortlyBeforeItExpires() throws Exception {
        DataverseClient client = client();
        for (int i = 1; i <= 3; i++) {
            client.upsertCommand(UUID.randomUUID(), "", registered("pump-0" + i, RegistrationStatus.REGISTERED, ""));
        }
        assertEquals(1, dataverse.tokensIssued);

        clock.advance(Duration.ofSeconds(dataverse.expiresIn).minus(TokenSource.RENEW_BEFORE));
        client.upsertCommand(UUID.randomUUID(), "", registered("pump-04", RegistrationStatus.REGISTERED, ""));

        assertEquals(2, dataverse.tokensIssued);
    }

    @Test
    void aThrottledRequestWaitsAsLongAsRetryAfterSaysThenGoesThrough() throws Exception {
        dataverse.answerNext(429, "2", "Number of requests exceeded the limit of 6000 over time window of 300 s.");

        client().upsertCommand(UUID.randomUUID(), "", registered("pump-01", RegistrationStatus.REGISTERED, ""));

        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals(1, dataverse.rows(DataverseRows.COMMANDS).size());
    }

    @Test
    void throttlingLongerThanTheClientWaitsIsLeftForLaterWithTheServersTime() {
        dataverse.answerNext(429, "120", "Combined execution time of incoming requests exceeded limit.");

        DataverseException e = assertThrows(DataverseException.class, () -> client().upsertCommand(
                UUID.randomUUID(), "", registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertTrue(e.affectsAll());
        assertEquals(clock.instant().plusSeconds(120), e.retryAt());
        assertTrue(e.getMessage().contains("throttling requests (429) and asks to wait 120 s"), e.getMessage());
        assertTrue(waits.isEmpty(), "waited although the server asked for longer than the client waits");
    }

    @Test
    void aRefusedTokenIsRenewedOnceThenTheMessageSaysToCheckTheApplicationUser() {
        dataverse.refuseEveryToken = true;

        DataverseException e = assertThrows(DataverseException.class, () -> client().upsertDevice("pump-01",
                registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("refused the app's token (401)"), e.getMessage());
        assertTrue(e.getMessage().contains("application user"), e.getMessage());
        assertEquals(2, dataverse.tokensIssued);
    }

    @Test
    void aWrongSecretSaysToCheckTheAppRegistrationsCredentials() {
        DataverseException e = assertThrows(DataverseException.class, () -> client(dataverse.settings("expired"))
                .upsertDevice("pump-01", registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertTrue(e.getMessage().startsWith("the token endpoint refused the app's credentials (invalid_client:"
                + " AADSTS7000215: Invalid client secret provided.)"), e.getMessage());
        assertTrue(e.getMessage().contains("client secret has not expired"), e.getMessage());
    }

    @Test
    void anOrganizationWithoutTheSolutionIsNamedAsSuch() {
        dataverse.tables.remove(DataverseRows.DEVICES);

        DataverseException e = assertThrows(DataverseException.class, () -> client().upsertDevice("pump-01",
                registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("has no msdyn_iotdevices table (404)"), e.getMessage());
        assertTrue(e.getMessage().contains("lacks the Connected Customer Service solution"), e.getMessage());
    }

    @Test
    void aUserWithoutTheRoleIsToldWhichRoleToGive() {
        dataverse.answerNext(403, null, "Principal user is missing prvCreatemsdyn_iotdevicecommand privilege");

        DataverseException e = assertThrows(DataverseException.class, () -> client().upsertCommand(
                UUID.randomUUID(), "", registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertTrue(e.getMessage().contains("denied the application user access to msdyn_iotdevicecommands (403)"
                + " (Dynamics says: Principal user is missing prvCreatemsdyn_iotdevicecommand privilege)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("security role"), e.getMessage());
    }

    @Test
    void aRefusedRowIsNotMistakenForAnOutage() {
        dataverse.answerNext(400, null, "A validation error occurred. The length of 'msdyn_name' exceeded 100.");

        DataverseException e = assertThrows(DataverseException.class, () -> client().upsertCommand(
                UUID.randomUUID(), "", registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertFalse(e.affectsAll());
        assertTrue(e.getMessage().contains("refused the command"), e.getMessage());
    }

    @Test
    void anUnreachableOrganizationSaysSo() {
        DataverseClient client = client();
        dataverse.close();

        DataverseException e = assertThrows(DataverseException.class, () -> client.upsertDevice("pump-01",
                registered("pump-01", RegistrationStatus.REGISTERED, "")));

        assertTrue(e.getMessage().startsWith("cannot reach the token endpoint 127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains(": no connection could be made (refused, unreachable or an unknown"
                + " host); check the network"), e.getMessage());
        assertTrue(e.affectsAll());
    }
}
