package org.connectedservice.cli.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.engine.internal.eval.DeviceAssets;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The console's services as the headless application finds them in the framework. The workspace database is
 * opened by a component at start-up; when another console holds it, that component fails, and waiting for the
 * history would be pointless, so the failure is looked up and reported at once.
 */
final class OsgiConsoleServices implements ConsoleServices, AutoCloseable {

    static final String DATABASE_COMPONENT = "org.connectedservice.store.internal.WorkspaceDatabase";
    static final String IN_USE = "another Connected Service Console is using";
    private static final long POLL_MILLIS = 50;
    private static final long ASSETS_MAX_AGE_NANOS = 10_000_000_000L;

    private final BundleContext context;
    private final Duration wait;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    OsgiConsoleServices(BundleContext context, Duration wait) {
        this.context = context;
        this.wait = wait;
    }

    @Override
    public RulesRepository rules() throws CommandException {
        return await(RulesRepository.class, "the workspace rules store", false);
    }

    @Override
    public TelemetryHistory history() throws CommandException {
        return await(TelemetryHistory.class, "the telemetry history", true);
    }

    @Override
    public ScenarioRunner scenarios() throws CommandException {
        return await(ScenarioRunner.class, "the scenario runner", false);
    }

    @Override
    public Function<String, String> assets() {
        ServiceTracker<DeviceRegistry, DeviceRegistry> registry = track(DeviceRegistry.class);
        return new DeviceAssets(() -> {
            DeviceRegistry current = registry.getService();
            return current == null ? List.<Device>of() : current.devices();
        }, System::nanoTime, ASSETS_MAX_AGE_NANOS);
    }

    private <S> S await(Class<S> type, String what, boolean needsDatabase) throws CommandException {
        ServiceTracker<S, S> tracker = track(type);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            S service = tracker.getService();
            if (service != null) {
                return service;
            }
            Optional<String> failure = needsDatabase ? databaseFailure() : Optional.empty();
            if (failure.isPresent()) {
                throw new CommandException(failure.get());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new CommandException(what + " did not start within " + wait.toSeconds()
                        + " s; the workspace's .metadata/.log says why");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Why the workspace database could not be opened, or empty while it is open or still opening. */
    private Optional<String> databaseFailure() {
        ServiceComponentRuntime runtime = track(ServiceComponentRuntime.class).getService();
        if (runtime == null) {
            return Optional.empty();
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (!DATABASE_COMPONENT.equals(description.name)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return Optional.of(explain(String.valueOf(configuration.failure)));
                }
            }
        }
        return Optional.empty();
    }

    static String explain(String failure) {
        int at = failure.indexOf(IN_USE);
        if (at >= 0) {
            int end = failure.indexOf('\n', at);
            String held = failure.substring(at + IN_USE.length(), end < 0 ? failure.length() : end).strip();
            int semicolon = held.indexOf(';');
            String folder = semicolon < 0 ? held : held.substring(0, semicolon);
            return "the workspace database " + folder + " is locked by a running console; close it, or backtest"
                    + " a replay file with --telemetry FILE.jsonl";
        }
        int end = failure.indexOf('\n');
        return "the workspace database could not be opened: " + (end < 0 ? failure : failure.substring(0, end)).strip();
    }

    private <S> ServiceTracker<S, S> track(Class<S> type) {
        @SuppressWarnings("unchecked")
        ServiceTracker<S, S> tracker = (ServiceTracker<S, S>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<S, S> opened = new ServiceTracker<>(context, type, null);
            opened.open();
            return opened;
        });
        return tracker;
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
