package org.connectedservice.dynamics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.MirrorStatus;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class MirroringTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    @TempDir
    Path workspace;
    private final FakeDataverse dataverse;
    private final List<ScheduledExecutorService> executors = new ArrayList<>();

    MirroringTest() throws IOException {
        dataverse = new FakeDataverse();
    }

    @AfterEach
    void stop() {
        executors.forEach(ScheduledExecutorService::shutdownNow);
        dataverse.close();
    }

    /* A console run: its own thread and journal over the same workspace, retrying every 50 ms at first. */
    private Mirroring start(ConnectionProfile profile) throws IOException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        executors.add(executor);
        Mirroring mirroring = new Mirroring(workspace, s -> new DataverseClient(s, DataverseClient.defaultHttp(),
                Clock.systemUTC(), d -> Thread.sleep(d.toMillis())), executor, Clock.systemUTC(),
                Duration.ofMillis(50), Duration.ofMillis(400));
        mirroring.use(profile);
        return mirroring;
    }

    private ConnectionProfile withDynamics() {
        return new ConnectionProfile("Local Dataverse", null, dataverse.settings(), null);
    }

    private static CommandRecord reboot(long id, CommandStatus status, String response) {
        return new CommandRecord(id, "run-1", T0, "ana", "thermostat-03", "Building A", "Reboot",
                CommandKind.DIRECT_METHOD, "null", CommandStatus.IN_PROGRESS, "", null, EffectStatus.NONE, "")
                .withStatus(status, response, T0.plusSeconds(2));
    }

    private static RegisteredDevice device(String id) {
        return RegisteredDevice.of(id, id, "Thermostat", "Building A", RegistrationStatus.REGISTERED);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 10 s for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aCommandIsMirroredAsOneRowFollowingItsStatus() throws Exception {
        Mirroring mirror = start(withDynamics());

        mirror.command(reboot(1, CommandStatus.IN_PROGRESS, ""));
        mirror.command(reboot(1, CommandStatus.SUCCEEDED, "200 {\"rebooting\":true}")
                .withEffect(EffectStatus.PASSED, "heartbeat within 60 s"));
        mirror.command(reboot(2, CommandStatus.TIMED_OUT, "no answer within 30 s"));
        await("both commands in Dynamics", () -> mirror.status().pending() == 0
                && dataverse.rows(DataverseRows.COMMANDS).size() == 2);

        ObjectNode first = dataverse.rows(DataverseRows.COMMANDS).stream()
                .filter(r -> r.get("msdyn_commandstatus").asInt() == DataverseRows.COMMAND_SENT).findFirst()
                .orElseThrow();
        assertEquals("Reboot to thermostat-03", first.get("msdyn_name").asText());
        assertEquals("Succeeded: 200 {\"rebooting\":true}; effect check heartbeat within 60 s: Passed; sent by ana",
                first.get("msdyn_commandstatusreason").asText());
        assertTrue(dataverse.rows(DataverseRows.COMMANDS).stream()
                .anyMatch(r -> r.get("msdyn_commandstatus").asInt() == DataverseRows.COMMAND_ERROR));
        MirrorStatus status = mirror.status();
        assertTrue(status.enabled());
        assertEquals("", status.lastError());
        assertEquals("Dynamics 127.0.0.1:" + dataverse.base().getPort() + ": up to date", status.summary());
    }

    @Test
    void anAlertIsOneRowUnderItsFaultTokenLinkedToItsDeviceAndUpdatedWhenItClears() throws Exception {
        Mirroring mirror = start(withDynamics());
        String token = "thermostat-03|AlarmTemp|v2|" + T0.toEpochMilli();
        IotAlert raised = new IotAlert(41, token, T0, "thermostat-03", "AlarmTemp", 2, "Thermostat too warm",
                "Temperature", 74.5, 70, Severity.HIGH, "Test", AlertStatus.ACTIVE, "Temperature 74.5 > 70");

        mirror.registration(device("thermostat-03"));
        mirror.alert(raised);
        mirror.alert(new IotAlert(41, token, T0, "thermostat-03", "AlarmTemp", 2, "Thermostat too warm",
                "Temperature", 74.5, 70, Severity.HIGH, "Test", AlertStatus.CLEARED, "Temperature 74.5 > 70"));
        await("the alert in Dynamics", () -> mirror.status().pending() == 0
                && dataverse.rows(DataverseRows.ALERTS).size() == 1);

        ObjectNode row = dataverse.tables.get(DataverseRows.ALERTS).get(DataverseRows.alertKey(token).toString());
        assertNotNull(row, "the alert's row should be keyed by its fault token, so every console meets on it");
        assertEquals(token, row.get("msdyn_alerttoken").asText());
        assertEquals("Temperature 74.5 > 70", row.get("msdyn_description").asText());
        assertEquals(T0, Instant.parse(row.get("msdyn_alerttime").asText()));
        assertEquals(DataverseRows.deviceKey("thermostat-03").toString(), row.get("_msdyn_device_value").asText());
        JsonNode data = new ObjectMapper().readTree(row.get("msdyn_alertdata").asText());
        assertEquals("CLEARED", data.get("status").asText(), "the row should follow the alert as it clears");
        assertEquals(74.5, data.get("reading").asDouble());
        assertEquals(70, data.get("threshold").asDouble());
        assertEquals("AlarmTemp", data.get("rule").asText());
        assertEquals(2, data.get("ruleVersion").asInt());
    }

    @Test
    void withoutADynamicsProfileNothingIsKeptOrSent() throws Exception {
        Mirroring mirror = start(ConnectionProfile.embedded());

        mirror.registration(device("thermostat-01"));
        mirror.command(reboot(1, CommandStatus.SUCCEEDED, "200"));

        assertEquals(MirrorStatus.off(0), mirror.status());
        assertEquals("Dynamics: not connected", mirror.status().summary());
        assertTrue(dataverse.seen().isEmpty());
    }

    @Test
    void changesWaitThroughAnOutageAndAreSentAfterARestart() throws Exception {
        dataverse.down = true;
        Mirroring before = start(withDynamics());
        List<MirrorStatus> heard = new CopyOnWriteArrayList<>();
        before.subscribe(heard::add);

        before.registration(device("thermostat-03"));
        before.command(reboot(7, CommandStatus.SUCCEEDED, "200"));
        await("the outage to show", () -> before.status().lastError().contains("(503)"));

        MirrorStatus waiting = before.status();
        assertEquals(2, waiting.pending());
        assertTrue(waiting.lastError().startsWith("Dynamics 127.0.0.1:" + dataverse.base().getPort()
                + " failed (503) (Dynamics says: Service Unavailable); it is sent again later"), waiting.lastError());
        assertNotNull(waiting.nextAttempt());
        assertTrue(waiting.summary().contains("2 pending, last error: "), waiting.summary());
        assertTrue(heard.stream().anyMatch(s -> !s.lastError().isEmpty()), "listeners never heard of the error");
        executors.get(0).shutdownNow();
        assertTrue(executors.get(0).awaitTermination(10, TimeUnit.SECONDS), "the first run did not stop");

        dataverse.down = false;
        Mirroring after = start(withDynamics());
        await("the restarted console to send what waited", () -> after.status().pending() == 0);

        assertEquals(1, dataverse.rows(DataverseRows.DEVICES).size());
        assertEquals(1, dataverse.rows(DataverseRows.COMMANDS).size());
        assertEquals(2, after.status().mirrored());
        assertEquals("", after.status().lastError());
    }

    @Test
    void aRefusedRowStaysPendingWithoutHoldingUpTheOthers() throws Exception {
        dataverse.answerNext(400, null, "The length of 'msdyn_name' exceeded 100.");
        dataverse.down = true;
        Mirroring mirror = start(withDynamics());
        mirror.registration(device("thermostat-03"));
        mirror.command(reboot(1, CommandStatus.SUCCEEDED, "200"));
        await("the outage to show", () -> mirror.status().lastError().contains("(503)"));
        dataverse.down = false;

        mirror.retryNow();
        await("the command to pass the refused device", () -> dataverse.rows(DataverseRows.COMMANDS).size() == 1);

        await("the device row to follow on a later attempt", () -> mirror.status().pending() == 0);
        assertEquals(1, dataverse.rows(DataverseRows.DEVICES).size());
        assertFalse(mirror.status().lastError().contains("(400)"));
    }

    @Test
    void aRefusedTokenIsVisibleAsTheLastErrorWithTheCountWaiting() throws Exception {
        dataverse.refuseEveryToken = true;
        Mirroring mirror = start(withDynamics());

        mirror.registration(device("thermostat-03"));
        await("the refusal to show", () -> mirror.status().lastError().contains("(401)"));

        assertEquals(1, mirror.status().pending());
        assertTrue(mirror.status().lastError().contains("application user"), mirror.status().lastError());
    }
}
