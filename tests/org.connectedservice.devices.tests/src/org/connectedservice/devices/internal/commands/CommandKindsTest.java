package org.connectedservice.devices.internal.commands;

import static org.connectedservice.core.devices.CommandStatus.FAILED;
import static org.connectedservice.core.devices.CommandStatus.IN_PROGRESS;
import static org.connectedservice.core.devices.CommandStatus.SENT;
import static org.connectedservice.core.devices.CommandStatus.SUCCEEDED;
import static org.connectedservice.core.devices.CommandStatus.TIMED_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandTarget;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RunProgress;
import org.junit.jupiter.api.Test;

/** Each kind of command, from In Progress to its outcome, with the device's answer in the history. */
class CommandKindsTest {

    private final EngineFixture f = new EngineFixture();

    @Test
    void aDirectMethodSucceedsWithTheDevicesAnswer() {
        f.device("pump-01", "Plant North");

        RunProgress done = f.send(CommandCatalog.SET_INTERVAL, Map.of("seconds", "5"), "pump-01");

        assertEquals(RunProgress.State.COMPLETED, done.state());
        assertEquals(1, done.succeeded());
        CommandRecord record = f.last("pump-01");
        assertEquals(List.of(IN_PROGRESS, SUCCEEDED), f.statusesSeen("pump-01"));
        assertEquals("200 pump-01 now sends every 5 s", record.response());
        assertEquals("{\"seconds\":5}", record.payload());
        assertEquals(CommandKind.DIRECT_METHOD, record.kind());
        assertEquals("ana", record.user());
        assertEquals("Plant North", record.asset());
        assertEquals(EffectStatus.NONE, record.effect());
    }

    @Test
    void aDirectMethodToAHungDeviceTimesOutAfterItsResponseTimeout() {
        f.device("pump-01", null).hung = true;

        f.send(CommandCatalog.SET_INTERVAL, Map.of("seconds", "5"), "pump-01");

        CommandRecord record = f.last("pump-01");
        assertEquals(List.of(IN_PROGRESS, TIMED_OUT), f.statusesSeen("pump-01"));
        assertEquals("504 pump-01 did not answer", record.response());
        assertEquals(Duration.ofSeconds(30), Duration.between(record.time(), record.completedAt()));
    }

    @Test
    void aDirectMethodToAnOfflineDeviceFailsAfterItsConnectTimeout() {
        f.device("pump-01", null);
        f.hub.disconnect("pump-01", Duration.ofMinutes(5));

        f.send(CommandCatalog.REBOOT, Map.of(), "pump-01");

        CommandRecord record = f.last("pump-01");
        assertEquals(FAILED, record.status());
        assertEquals("404 pump-01 is offline", record.response());
        assertEquals(Duration.ofSeconds(10), Duration.between(record.time(), record.completedAt()));
        assertEquals(EffectStatus.NONE, record.effect(), "no effect is checked after a failure");
    }

    @Test
    void aCloudToDeviceMessageIsSentThenCompletedByTheDevice() {
        FakeHub.Box pump = f.device("pump-01", null);

        f.send(CommandCatalog.DISPLAY_MESSAGE, Map.of("message", "Filter due \"soon\""), "pump-01");

        assertEquals(List.of(IN_PROGRESS, SENT, SUCCEEDED), f.statusesSeen("pump-01"));
        assertEquals("Filter due \"soon\"", pump.displayed);
        assertEquals("pump-01 shows 'Filter due \"soon\"'", f.last("pump-01").response());
        assertEquals("{\"message\":\"Filter due \\\"soon\\\"\"}", f.last("pump-01").payload());
    }

    @Test
    void aCloudToDeviceMessageForADeviceAwayTooLongTimesOutWhenItExpires() {
        f.device("pump-01", null);
        f.hub.disconnect("pump-01", Duration.ofMinutes(10));

        f.send(CommandCatalog.DISPLAY_MESSAGE, Map.of("message", "hello"), "pump-01");

        CommandRecord record = f.last("pump-01");
        assertEquals(List.of(IN_PROGRESS, SENT, TIMED_OUT), f.statusesSeen("pump-01"));
        assertEquals("expired before pump-01 took it", record.response());
        assertEquals(Duration.ofMinutes(5), Duration.between(record.time(), record.completedAt()));
    }

    @Test
    void aDesiredPropertyIsSentThenSucceedsWhenTheDeviceReportsIt() {
        f.device("pump-01", null);

        f.send(CommandCatalog.SET_SETPOINT, Map.of("setpoint", "65.0"), "pump-01");

        CommandRecord record = f.last("pump-01");
        assertEquals(List.of(IN_PROGRESS, SENT, SUCCEEDED), f.statusesSeen("pump-01"));
        assertEquals("65", record.payload());
        assertEquals("the device reports setpoint = 65", record.response());
        assertEquals("{\"setpoint\":65}", f.hub.twin("pump-01").orElseThrow().desired().json());
    }

    @Test
    void aDesiredPropertyTheDeviceNeverReportsTimesOut() {
        f.device("pump-01", null).ignoresDesired = true;

        f.send(CommandCatalog.SET_SETPOINT, Map.of("setpoint", "70"), "pump-01");

        CommandRecord record = f.last("pump-01");
        assertEquals(TIMED_OUT, record.status());
        assertEquals("the device did not report setpoint = 70 within 60 s", record.response());
    }

    @Test
    void aDeviceMissingFromTheRegistryIsRecordedAsFailedWithWhatToDo() {
        f.send(CommandCatalog.REBOOT, Map.of(), "ghost-1");

        CommandRecord record = f.last("ghost-1");
        assertEquals(List.of(FAILED), f.statusesSeen("ghost-1"));
        assertEquals("unknown device 'ghost-1': it is not in the registry; import it or pick one from the Devices"
                + " view", record.response());
    }

    @Test
    void aPayloadThatDoesNotMatchTheDefinitionIsRefusedAndNothingIsRecorded() {
        f.device("pump-01", null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.send(CommandCatalog.SET_INTERVAL, Map.of("seconds", "0"), "pump-01"));

        assertEquals("Set interval: seconds must be from 1 to 86400, got 0; nothing was sent", e.getMessage());
        assertTrue(f.history.newest(10).isEmpty());
    }

    @Test
    void sendingToAnAssetReachesEveryDeviceConnectedToIt() {
        f.device("pump-01", "Plant North");
        f.device("pump-02", "Plant South");
        f.device("pump-03", "Plant North");

        RunProgress done = f.send(CommandCatalog.SET_INTERVAL, Map.of("seconds", "2"),
                CommandTarget.asset("Plant North"));

        assertEquals(2, done.succeeded());
        assertEquals(List.of("pump-03", "pump-01"), f.engine.historyOfAsset("Plant North", 10).stream()
                .map(CommandRecord::deviceId).toList());
        assertEquals("asset 'Plant East' has no devices; connect devices to it in the Devices view first",
                assertThrows(IllegalArgumentException.class, () -> f.send(CommandCatalog.REBOOT, Map.of(),
                        CommandTarget.asset("Plant East"))).getMessage());
    }
}
