package org.connectedservice.devices.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.connectedservice.core.devices.BulkPolicy;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRequest;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.CommandTarget;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.devices.RunProgress;

/**
 * A command engine over the fake hub that sends on the calling thread, so a send has run when it returns; effect
 * checks are decided when the test lets time pass.
 */
final class EngineFixture {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    final TestClock clock = new TestClock(T0);
    final FakeHub hub = new FakeHub(clock);
    final MemoryRegistry registry = new MemoryRegistry();
    final MemoryHistory history = new MemoryHistory();
    final List<Runnable> deferred = new ArrayList<>();
    boolean deferRuns;
    private final CommandCatalog shipped = CommandLibrary.shipped();
    final CommandEngine engine = new CommandEngine(() -> shipped, registry, history, hub, clock,
            hub.sleeper(), FakeHub.STEP, this::startRun, Runnable::run);
    final List<CommandRecord> seen = new CopyOnWriteArrayList<>();
    final List<RunProgress> progress = new CopyOnWriteArrayList<>();

    EngineFixture() {
        engine.subscribe(seen::add);
    }

    /* Runs start at once unless deferred, which lets a test hold the run handle before anything is sent. */
    private void startRun(Runnable run) {
        if (deferRuns) {
            deferred.add(run);
        } else {
            run.run();
        }
    }

    void runDeferred() {
        List<Runnable> runs = List.copyOf(deferred);
        deferred.clear();
        runs.forEach(Runnable::run);
    }

    FakeHub.Box device(String id, String asset) {
        registry.save(List.of(RegisteredDevice.of(id, "", "Pump", asset, RegistrationStatus.REGISTERED)));
        return hub.add(id, asset);
    }

    List<String> devices(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("pump-%02d", i);
            device(id, "Plant North");
            ids.add(id);
        }
        return ids;
    }

    CommandRun start(String command, Map<String, String> values, CommandTarget target, BulkPolicy policy) {
        return engine.send(new CommandRequest(command, values, target, "ana", policy), progress::add);
    }

    RunProgress send(String command, Map<String, String> values, CommandTarget target) {
        return start(command, values, target, null).finished().toCompletableFuture().getNow(null);
    }

    RunProgress send(String command, Map<String, String> values, String deviceId) {
        return send(command, values, CommandTarget.device(deviceId));
    }

    /** Lets time pass a second at a time, deciding effect checks as it goes. */
    void passSeconds(int seconds) {
        for (int i = 0; i < seconds; i++) {
            hub.pass(Duration.ofSeconds(1));
            engine.checkEffects();
        }
    }

    List<CommandStatus> statusesSeen(String deviceId) {
        List<CommandStatus> statuses = new ArrayList<>();
        for (CommandRecord record : seen) {
            if (record.deviceId().equals(deviceId)
                    && (statuses.isEmpty() || statuses.get(statuses.size() - 1) != record.status())) {
                statuses.add(record.status());
            }
        }
        return statuses;
    }

    CommandRecord last(String deviceId) {
        return history.ofDevice(deviceId, 1).get(0);
    }
}
