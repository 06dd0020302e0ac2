package org.connectedservice.devices.internal.commands;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.devices.BulkPolicy;
import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RunProgress;
import org.connectedservice.core.devices.RunProgress.State;

/**
 * One send to one or many devices, wave by wave. Its counts follow its records in the history, so they agree with
 * what the panel shows. A wave counts as failed by its failed and timed-out commands and, when the policy waits for
 * effects, by failed effect checks; over the limit, the run stops before the next wave.
 */
final class WaveRun implements CommandRun {

    private static final System.Logger LOG = System.getLogger(WaveRun.class.getName());

    /** What the run needs from the engine: the device sending and the effect checks. */
    interface Sending {
        CommandRecord send(String deviceId);

        void checkEffects();

        boolean effectOpen(long recordId);
    }

    private final String id;
    private final CommandDefinition definition;
    private final List<String> deviceIds;
    private final BulkPolicy policy;
    private final Consumer<RunProgress> listener;
    private final Executor workers;
    private final Sleeper sleeper;
    private final Duration pollPeriod;
    private final Map<Long, CommandRecord> records = new LinkedHashMap<>();
    private final CompletableFuture<RunProgress> finished = new CompletableFuture<>();
    private volatile boolean cancelled;
    private int wave;
    private int waves;
    private State state = State.RUNNING;
    private String message = "";

    WaveRun(String id, CommandDefinition definition, List<String> deviceIds, BulkPolicy policy,
            Consumer<RunProgress> listener, Executor workers, Sleeper sleeper, Duration pollPeriod) {
        this.id = id;
        this.definition = definition;
        this.deviceIds = List.copyOf(deviceIds);
        this.policy = policy;
        this.listener = listener;
        this.workers = workers;
        this.sleeper = sleeper;
        this.pollPeriod = pollPeriod;
    }

    @Override
    public String id() {
        return id;
    }

    /** Takes in a record of the history; records of other runs are ignored. */
    void recorded(CommandRecord record) {
        if (!id.equals(record.runId())) {
            return;
        }
        synchronized (this) {
            records.put(record.id(), record);
        }
        publish();
    }

    void run(Sending sending) {
        try {
            List<List<String>> plan = WavePlan.waves(deviceIds, policy);
            synchronized (this) {
                waves = plan.size();
            }
            for (int w = 0; w < plan.size(); w++) {
                if (cancelled) {
                    finish(State.CANCELLED, "cancelled: " + notSent() + " devices were not sent");
                    return;
                }
                synchronized (this) {
                    wave = w + 1;
                }
                publish();
                List<CommandRecord> results = sendWave(plan.get(w), sending);
                boolean more = w + 1 < plan.size();
                if (more && policy.waitForEffects() && definition.effect() != null) {
                    results = awaitEffects(results, sending);
                }
                long failures = results.stream().filter(WaveRun::failed).count();
                double rate = results.isEmpty() ? 0 : (double) failures / results.size();
                if (more && rate > policy.maxFailureRate()) {
                    finish(State.STOPPED, String.format(Locale.ROOT, "stopped after wave %d%s: %d of %d failed"
                            + " (%.0f%%), over the %.0f%% limit; %d devices were not sent", w + 1,
                            w == 0 ? " (canary)" : "", failures, results.size(), rate * 100,
                            policy.maxFailureRate() * 100, notSent()));
                    return;
                }
            }
            if (cancelled && notSent() > 0) {
                finish(State.CANCELLED, "cancelled: " + notSent() + " devices were not sent");
            } else {
                finish(State.COMPLETED, "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(State.CANCELLED, "stopped: the console is shutting down");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "command run " + id + " failed", e);
            finish(State.STOPPED, "stopped by an error: " + e.getMessage());
        }
    }

    private List<CommandRecord> sendWave(List<String> ids, Sending sending) {
        List<CompletableFuture<CommandRecord>> sends = new ArrayList<>();
        for (String deviceId : ids) {
            sends.add(CompletableFuture.supplyAsync(() -> cancelled ? null : sending.send(deviceId), workers));
        }
        return sends.stream().map(CompletableFuture::join).filter(r -> r != null).toList();
    }

    private List<CommandRecord> awaitEffects(List<CommandRecord> results, Sending sending)
            throws InterruptedException {
        while (!cancelled && results.stream().anyMatch(r -> sending.effectOpen(r.id()))) {
            sending.checkEffects();
            if (results.stream().anyMatch(r -> sending.effectOpen(r.id()))) {
                sleeper.sleep(pollPeriod);
            }
        }
        synchronized (this) {
            return results.stream().map(r -> records.getOrDefault(r.id(), r)).toList();
        }
    }

    private synchronized int notSent() {
        return deviceIds.size() - records.size();
    }

    private static boolean failed(CommandRecord record) {
        return record.status() != CommandStatus.SUCCEEDED || record.effect() == EffectStatus.FAILED;
    }

    private void finish(State end, String why) {
        synchronized (this) {
            state = end;
            message = why;
        }
        RunProgress last = publish();
        finished.complete(last);
    }

    private RunProgress publish() {
        RunProgress now = progress();
        try {
            listener.accept(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a progress listener of command run " + id + " failed; the run goes on", e);
        }
        return now;
    }

    @Override
    public synchronized RunProgress progress() {
        Function<CommandStatus, Integer> count = s -> (int) records.values().stream()
                .filter(r -> r.status() == s).count();
        int effectFailed = (int) records.values().stream().filter(r -> r.effect() == EffectStatus.FAILED).count();
        return new RunProgress(id, definition.name(), deviceIds.size(), records.size(),
                count.apply(CommandStatus.SUCCEEDED), count.apply(CommandStatus.FAILED),
                count.apply(CommandStatus.TIMED_OUT), effectFailed, wave, waves, state, message);
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public CompletionStage<RunProgress> finished() {
        return finished;
    }
}
