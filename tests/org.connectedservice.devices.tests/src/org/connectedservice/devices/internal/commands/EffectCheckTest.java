package org.connectedservice.devices.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.junit.jupiter.api.Test;

class EffectCheckTest {

    private final EngineFixture f = new EngineFixture();

    private List<EffectStatus> effectsSeen(String deviceId) {
        return f.seen.stream().filter(r -> r.deviceId().equals(deviceId)).map(CommandRecord::effect).distinct()
                .toList();
    }

    @Test
    void aRebootPassesItsCheckWhenTheHeartbeatComesWithin60Seconds() {
        f.device("pump-01", null);

        f.send(CommandCatalog.REBOOT, Map.of(), "pump-01");
        CommandRecord answered = f.last("pump-01");
        assertEquals(CommandStatus.SUCCEEDED, answered.status());
        assertEquals("200 pump-01 is rebooting", answered.response());
        assertEquals(EffectStatus.PENDING, answered.effect());
        assertEquals("heartbeat within 60 s", answered.effectDetail());

        f.passSeconds(20);

        CommandRecord checked = f.last("pump-01");
        assertEquals(EffectStatus.PASSED, checked.effect());
        assertEquals("heartbeat after 15.0 s", checked.effectDetail());
        assertEquals(List.of(EffectStatus.NONE, EffectStatus.PENDING, EffectStatus.PASSED), effectsSeen("pump-01"));
    }

    @Test
    void aRebootFailsItsCheckWhenNoHeartbeatComesWithin60Seconds() {
        f.device("pump-01", null).staysDown = true;

        f.send(CommandCatalog.REBOOT, Map.of(), "pump-01");
        f.passSeconds(59);
        assertEquals(EffectStatus.PENDING, f.last("pump-01").effect(), "undecided until the 60 s are up");
        f.passSeconds(2);

        CommandRecord checked = f.last("pump-01");
        assertEquals(CommandStatus.SUCCEEDED, checked.status(), "the command itself was answered");
        assertEquals(EffectStatus.FAILED, checked.effect());
        assertEquals("no heartbeat within 60 s", checked.effectDetail());
    }

    @Test
    void aHeartbeatFromAnEarlierRebootDoesNotCount() {
        f.device("pump-01", null);
        f.send(CommandCatalog.REBOOT, Map.of(), "pump-01");
        f.passSeconds(20);
        f.hub.box("pump-01").staysDown = true;

        f.send(CommandCatalog.REBOOT, Map.of(), "pump-01");
        f.passSeconds(61);

        assertEquals(EffectStatus.FAILED, f.last("pump-01").effect());
        assertEquals(EffectStatus.PASSED, f.history.ofDevice("pump-01", 2).get(1).effect());
    }
}
