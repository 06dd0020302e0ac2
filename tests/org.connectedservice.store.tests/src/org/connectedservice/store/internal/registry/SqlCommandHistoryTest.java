package org.connectedservice.store.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.store.internal.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path workspace;

    private Database database;
    private SqlCommandHistory history;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        RegistrySchema.create(database);
        history = new SqlCommandHistory(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static CommandRecord started(String device, String asset, int secondsAfterT0) {
        return new CommandRecord(0, "run-1", T0.plusSeconds(secondsAfterT0), "ana", device, asset, "Reboot",
                CommandKind.DIRECT_METHOD, "null", CommandStatus.IN_PROGRESS, "", null, null, null);
    }

    @Test
    void aRecordKeepsItsOutcomeAndEffectAcrossARestart() {
        CommandRecord record = history.add(started("pump-01", "Plant North", 0));
        assertNotEquals(0, record.id());
        CommandRecord done = record.withStatus(CommandStatus.SUCCEEDED, "200: rebooting", T0.plusSeconds(1))
                .withEffect(EffectStatus.PASSED, "heartbeat after 15 s");
        history.update(done);
        database.close();
        open();

        assertEquals(List.of(done), history.newest(10));
        assertEquals(T0.plusSeconds(1), history.newest(1).get(0).completedAt());
    }

    @Test
    void historyPerDeviceAndPerAssetIsNewestFirst() {
        CommandRecord a1 = history.add(started("pump-01", "Plant North", 0));
        CommandRecord b1 = history.add(started("pump-02", "Plant North", 1));
        CommandRecord a2 = history.add(started("pump-01", null, 2));
        CommandRecord c1 = history.add(started("chiller-1", "Plant South", 3));

        assertEquals(List.of(c1, a2, b1, a1), history.newest(10));
        assertEquals(List.of(c1, a2), history.newest(2));
        assertEquals(List.of(a2, a1), history.ofDevice("pump-01", 10));
        assertEquals(List.of(b1, a1), history.ofAsset("Plant North", 10), "the asset at the time of sending counts");
    }

    @Test
    void commandsAStoppedConsoleLeftOpenEndFailedWithTheReason() {
        CommandRecord open = history.add(started("pump-01", null, 0));
        CommandRecord sent = history.add(started("pump-02", null, 1));
        history.update(sent.withStatus(CommandStatus.SENT, "queued", null));
        CommandRecord checking = history.add(started("pump-03", null, 2));
        history.update(checking.withStatus(CommandStatus.SUCCEEDED, "200", T0.plusSeconds(2))
                .withEffect(EffectStatus.PENDING, "heartbeat within 60 s"));
        CommandRecord finished = history.add(started("pump-04", null, 3));
        history.update(finished.withStatus(CommandStatus.TIMED_OUT, "no answer", T0.plusSeconds(33)));

        assertEquals(3, history.settleUnfinished(T0.plusSeconds(60), "the console stopped"));

        assertEquals(CommandStatus.FAILED, history.ofDevice("pump-01", 1).get(0).status());
        assertEquals("the console stopped", history.ofDevice("pump-02", 1).get(0).response());
        CommandRecord checked = history.ofDevice("pump-03", 1).get(0);
        assertEquals(CommandStatus.SUCCEEDED, checked.status());
        assertEquals(EffectStatus.FAILED, checked.effect());
        assertEquals("not checked: the console stopped", checked.effectDetail());
        assertEquals(CommandStatus.TIMED_OUT, history.ofDevice("pump-04", 1).get(0).status());
        assertEquals(0, history.settleUnfinished(T0.plusSeconds(61), "again"));
    }
}
