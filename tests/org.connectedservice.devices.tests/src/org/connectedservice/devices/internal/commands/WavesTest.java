package org.connectedservice.devices.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.connectedservice.core.devices.BulkPolicy;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandTarget;
import org.connectedservice.core.devices.RunProgress;
import org.connectedservice.core.devices.RunProgress.State;
import org.junit.jupiter.api.Test;

/** Bulk sends over 10 devices: a canary of 2, then waves of 20, stopping above a 20 % failure rate. */
class WavesTest {

    private final EngineFixture f = new EngineFixture();

    private RunProgress setInterval(List<String> ids) {
        return f.send(CommandCatalog.SET_INTERVAL, Map.of("seconds", "10"), CommandTarget.devices(ids));
    }

    @Test
    void aFailingCanaryStopsTheRunBeforeAnyOtherDeviceGetsTheCommand() {
        List<String> ids = f.devices(50);
        f.hub.box("pump-01").hung = true;

        RunProgress done = setInterval(ids);

        assertEquals(State.STOPPED, done.state());
        assertEquals("stopped after wave 1 (canary): 1 of 2 failed (50%), over the 20% limit; 48 devices were"
                + " not sent", done.message());
        assertEquals(2, done.started());
        assertEquals(1, done.timedOut());
        assertEquals(2, f.history.newest(100).size(), "only the canary is in the history");
    }

    @Test
    void wavesFollowAGoodCanaryAndAFailingWaveStopsTheRest() {
        List<String> ids = f.devices(50);
        for (int i = 3; i <= 10; i++) {
            f.hub.box(String.format("pump-%02d", i)).hung = true;
        }

        RunProgress done = setInterval(ids);

        assertEquals(State.STOPPED, done.state());
        assertEquals("stopped after wave 2: 8 of 20 failed (40%), over the 20% limit; 28 devices were not sent",
                done.message());
        assertEquals(List.of(1, 2), f.progress.stream().map(RunProgress::wave).distinct().toList());
        assertEquals(4, done.waves(), "a canary of 2, then 20, 20 and 8");
        assertEquals(14, done.succeeded());
    }

    @Test
    void aRunUnderTheLimitCompletesAndReportsProgressAsItGoes() {
        List<String> ids = f.devices(25);
        f.hub.box("pump-20").hung = true;

        RunProgress done = setInterval(ids);

        assertEquals(State.COMPLETED, done.state());
        assertEquals(25, done.started());
        assertEquals(24, done.succeeded());
        assertEquals(1, done.timedOut());
        assertEquals(1.0, done.fraction());
        List<Integer> finished = f.progress.stream().map(RunProgress::finished).distinct().toList();
        assertEquals(26, finished.size(), "progress after every device: " + finished);
    }

    @Test
    void aCanaryWhoseRebootsNeverComeBackStopsTheRunOnTheEffectCheck() {
        List<String> ids = f.devices(12);
        f.hub.box("pump-01").staysDown = true;

        RunProgress done = f.send(CommandCatalog.REBOOT, Map.of(), CommandTarget.devices(ids));

        assertEquals(State.STOPPED, done.state());
        assertEquals(1, done.effectFailed());
        assertTrue(done.message().startsWith("stopped after wave 1 (canary): 1 of 2 failed"), done.message());
        CommandRecord passed = f.last("pump-02");
        assertEquals("heartbeat after 15.0 s", passed.effectDetail());
    }

    @Test
    void cancellingSendsToNoFurtherDevice() {
        List<String> ids = f.devices(30);
        f.deferRuns = true;
        CommandRun run = f.start(CommandCatalog.SET_INTERVAL, Map.of("seconds", "10"), CommandTarget.devices(ids),
                BulkPolicy.DEFAULT);
        f.engine.subscribe(record -> {
            if (record.status().isFinal() && f.history.newest(100).size() == 2) {
                run.cancel();
            }
        });

        f.runDeferred();

        RunProgress done = run.finished().toCompletableFuture().getNow(null);
        assertEquals(State.CANCELLED, done.state());
        assertEquals("cancelled: 28 devices were not sent", done.message());
        assertEquals(2, f.history.newest(100).size());
    }
}
