package org.connectedservice.devices.internal.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRequest;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.core.devices.RunProgress;

/**
 * The command service: checks a request, then sends it on the runs executor, device by device on the workers, and
 * records each step in the history. {@link #checkEffects()} must be called now and then (the component does it
 * twice a second) to decide effect checks of runs that do not wait for them.
 */
public final class CommandEngine implements CommandService {

    private final Supplier<CommandCatalog> catalog;
    private final RegistryStore registry;
    private final TrackedHistory history;
    private final EffectWatch effects;
    private final CommandSender sender;
    private final Executor runs;
    private final Executor workers;
    private final Sleeper sleeper;
    private final Duration pollPeriod;

    /** catalog is asked for the definitions at every use, so edited definition files apply at once. */
    public CommandEngine(Supplier<CommandCatalog> catalog, RegistryStore registry, CommandHistory history,
            DeviceGateway gateway, Clock clock, Sleeper sleeper, Duration pollPeriod, Executor runs,
            Executor workers) {
        this.catalog = catalog;
        this.registry = registry;
        this.history = new TrackedHistory(history);
        this.effects = new EffectWatch(gateway, this.history, clock);
        this.sender = new CommandSender(gateway, this.history, effects, clock, sleeper, pollPeriod);
        this.runs = runs;
        this.workers = workers;
        this.sleeper = sleeper;
        this.pollPeriod = pollPeriod;
    }

    @Override
    public List<CommandDefinition> definitions() {
        return catalog.get().definitions();
    }

    @Override
    public List<String> validate(String command, Map<String, String> values) {
        return PayloadTemplate.problems(catalog.get().find(command), values);
    }

    @Override
    public String payload(String command, Map<String, String> values) {
        return PayloadTemplate.render(catalog.get().find(command), values);
    }

    @Override
    public CommandRun send(CommandRequest request, Consumer<RunProgress> progress) {
        CommandDefinition definition = catalog.get().find(request.command());
        String payload = PayloadTemplate.render(definition, request.values());
        List<String> deviceIds = request.target().isAsset()
                ? registry.devicesOfAsset(request.target().asset()).stream().map(RegisteredDevice::id).toList()
                : request.target().deviceIds();
        if (deviceIds.isEmpty()) {
            throw new IllegalArgumentException("asset '" + request.target().asset() + "' has no devices; connect"
                    + " devices to it in the Devices view first");
        }
        String runId = "run-" + UUID.randomUUID().toString().substring(0, 8);
        WaveRun run = new WaveRun(runId, definition, deviceIds, request.policy(), progress, workers, sleeper,
                pollPeriod);
        AutoCloseable counting = history.subscribe(run::recorded);
        WaveRun.Sending sending = new WaveRun.Sending() {
            @Override
            public CommandRecord send(String deviceId) {
                RegisteredDevice device = registry.device(deviceId).orElse(null);
                return sender.send(definition, payload, deviceId, device, runId, request.user());
            }

            @Override
            public void checkEffects() {
                effects.evaluate();
            }

            @Override
            public boolean effectOpen(long recordId) {
                return effects.isOpen(recordId);
            }
        };
        run.finished().whenComplete((last, failure) -> closeQuietly(counting));
        runs.execute(() -> run.run(sending));
        return run;
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a history subscription cannot fail", e);
        }
    }

    /** Decides the effect checks that can be decided now. */
    public void checkEffects() {
        effects.evaluate();
    }

    @Override
    public List<CommandRecord> history(int limit) {
        return history.history().newest(limit);
    }

    @Override
    public List<CommandRecord> historyOfDevice(String deviceId, int limit) {
        return history.history().ofDevice(deviceId, limit);
    }

    @Override
    public List<CommandRecord> historyOfAsset(String asset, int limit) {
        return history.history().ofAsset(asset, limit);
    }

    @Override
    public AutoCloseable subscribe(Consumer<CommandRecord> listener) {
        return history.subscribe(listener);
    }
}
