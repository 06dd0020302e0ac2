package org.connectedservice.devices.internal.commands;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRequest;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.core.devices.RunProgress;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.simulation.FileProblem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The console's command service over the device gateway, with the definitions of the workspace's commands folder.
 * Up to 8 devices of a wave get their command at the same time; commands a previous console left open are settled
 * as failed when it starts. Every record is also handed to the Dynamics mirror when there is one.
 */
@Component(service = CommandService.class)
public class CommandServiceComponent implements CommandService {

    private static final System.Logger LOG = System.getLogger(CommandServiceComponent.class.getName());
    static final int PARALLEL_SENDS = 8;
    static final Duration POLL_PERIOD = Duration.ofMillis(250);
    static final Duration EFFECT_CHECK_PERIOD = Duration.ofMillis(500);

    private final ExecutorService runs = Executors.newCachedThreadPool(daemon("command-run"));
    private final ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_SENDS, daemon("command-send"));
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(daemon("effect-check"));
    private final CommandEngine engine;
    private final CommandLibrary library;
    private List<FileProblem> reported = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DynamicsMirror mirror;

    /* Greedy: the IoT Hub gateway, ranked above the simulated one, takes over even when it registers later. */
    @Activate
    public CommandServiceComponent(@Reference RegistryStore registry, @Reference CommandHistory history,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) DeviceGateway gateway,
            @Reference ConsoleWorkspace workspace) {
        Clock clock = Clock.systemUTC();
        library = CommandLibrary.inWorkspace(workspace.directory());
        try {
            library.ensureShipped();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the shipped command definitions could not be copied to the workspace; they are"
                    + " offered from the bundle", e);
        }
        int settled = history.settleUnfinished(clock.instant(), "the console stopped before the outcome was known");
        if (settled > 0) {
            LOG.log(Level.INFO, "{0} commands left open by the last run of the console are marked failed", settled);
        }
        engine = new CommandEngine(this::catalog, registry, history, gateway, clock,
                duration -> Thread.sleep(duration), POLL_PERIOD, runs, workers);
        engine.subscribe(this::mirror);
        checks.scheduleWithFixedDelay(this::checkEffectsSafely, EFFECT_CHECK_PERIOD.toMillis(),
                EFFECT_CHECK_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /* Logs each new set of problems once, not at every use of the definitions. */
    private synchronized CommandCatalog catalog() {
        CommandCatalog catalog = library.catalog();
        List<FileProblem> problems = library.problems();
        if (!problems.equals(reported)) {
            reported = problems;
            problems.forEach(p -> LOG.log(Level.WARNING, "command definition left out: " + p));
        }
        return catalog;
    }

    /** What is wrong with the definition files left out, one line each naming file, line and field. */
    public List<String> definitionProblems() {
        return library.problems().stream().map(FileProblem::toString).toList();
    }

    private void mirror(CommandRecord record) {
        DynamicsMirror m = mirror;
        if (m != null) {
            try {
                m.command(record);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "command " + record.id() + " could not be handed to the Dynamics mirror; it"
                        + " is recorded locally", e);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return Thread.ofPlatform().daemon().name(name + "-", 1).factory();
    }

    private void checkEffectsSafely() {
        try {
            engine.checkEffects();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking command effects failed; trying again shortly", e);
        }
    }

    @Deactivate
    void stop() {
        checks.shutdownNow();
        runs.shutdownNow();
        workers.shutdownNow();
    }

    @Override
    public List<CommandDefinition> definitions() {
        return engine.definitions();
    }

    @Override
    public List<String> validate(String command, Map<String, String> values) {
        return engine.validate(command, values);
    }

    @Override
    public String payload(String command, Map<String, String> values) {
        return engine.payload(command, values);
    }

    @Override
    public CommandRun send(CommandRequest request, Consumer<RunProgress> progress) {
        return engine.send(request, progress);
    }

    @Override
    public List<CommandRecord> history(int limit) {
        return engine.history(limit);
    }

    @Override
    public List<CommandRecord> historyOfDevice(String deviceId, int limit) {
        return engine.historyOfDevice(deviceId, limit);
    }

    @Override
    public List<CommandRecord> historyOfAsset(String asset, int limit) {
        return engine.historyOfAsset(asset, limit);
    }

    @Override
    public AutoCloseable subscribe(Consumer<CommandRecord> listener) {
        return engine.subscribe(listener);
    }
}
