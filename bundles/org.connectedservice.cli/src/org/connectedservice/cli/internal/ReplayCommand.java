package org.connectedservice.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.eval.RuleEvaluator;

/**
 * ./console replay: a telemetry file through a rules file, faults out as JSON Lines. Event time moves on with the
 * readings and, at the end, to the last reading: no-data rules and windows behave as they would live, up to where
 * the data ends (a window still open at the last reading produces nothing).
 */
final class ReplayCommand extends HeadlessCommand {

    static final long ADVANCE_EVERY_MS = 1000;

    private final Clock clock;

    ReplayCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    String name() {
        return "replay";
    }

    @Override
    String synopsis() {
        return "replay --rules FILE --telemetry FILE.jsonl --out faults.jsonl";
    }

    @Override
    String help() {
        return """
                Runs a JSON Lines telemetry file through the rules and writes the faults, one JSON object per line.
                  --rules FILE         our rules.json, or a Connected Field Service devicerules.json
                  --telemetry FILE     IoT Hub messages as Event Hubs delivers them, one per line
                  --out FILE           where the faults go (replaced if it exists)
                Each line: token, kind (RAISED or CLEARED), deviceId, ruleId, ruleVersion, measurement, value,
                threshold, windowStart, raisedAt, and clearedAt for CLEARED lines; sorted by time, device, rule.
                Bad messages are quarantined (the first are shown on stderr) and the replay goes on. Devices are
                typed by their DeviceType property; rules scoped to an asset need the device registry and do not
                fire in a replay. The same files always give the same bytes.
                """;
    }

    @Override
    Set<String> valueOptions() {
        return Set.of("--rules", "--telemetry", "--out");
    }

    @Override
    Set<String> flagOptions() {
        return Set.of();
    }

    @Override
    int execute(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        Path rulesFile = Arguments.path("--rules", arguments.required("--rules"));
        Path telemetry = Arguments.path("--telemetry", arguments.required("--telemetry"));
        Path output = Arguments.path("--out", arguments.required("--out"));
        List<ThresholdRule> rules = RuleFiles.read(rulesFile);
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandException("the folder of --out " + output + " does not exist; create it first");
        }
        RuleEvaluator evaluator = RuleFiles.evaluator(rules, deviceId -> null);
        FaultLines faults = new FaultLines();
        EventClock time = new EventClock(evaluator, faults);
        TelemetryFile file = new TelemetryFile(telemetry);
        file.replay(clock, time::evaluate);
        time.finish();
        try {
            faults.write(output);
        } catch (IOException e) {
            throw new CommandException("cannot write " + output + ": " + e.getMessage(), e);
        }
        file.reportQuarantine(name(), err);
        out.println("replay: " + file.summary() + "; " + rules.size() + " rules; " + faults.raised() + " raised, "
                + faults.cleared() + " cleared -> " + output);
        return OK;
    }

    /**
     * Moves event time on as readings come. Ingestion hands readings on in event-time order per device, and across
     * devices at most its lateness tolerance apart (a reading further behind was quarantined as late), so event
     * time trails the newest reading by that tolerance until the file ends. The faults do not depend on how often
     * time is advanced, only on not running ahead of a reading still to come.
     */
    private static final class EventClock {

        private final RuleEvaluator evaluator;
        private final FaultLines faults;
        private final long lagMs = IngestSettings.defaults().lateness().toMillis();
        private long newest = Long.MIN_VALUE;
        private long advancedTo = Long.MIN_VALUE;

        EventClock(RuleEvaluator evaluator, FaultLines faults) {
            this.evaluator = evaluator;
            this.faults = faults;
        }

        void evaluate(Reading reading) {
            newest = Math.max(newest, reading.time().toEpochMilli());
            long safe = newest - lagMs;
            if (advancedTo == Long.MIN_VALUE || safe - advancedTo >= ADVANCE_EVERY_MS) {
                faults.addAll(evaluator.advanceTo(Instant.ofEpochMilli(safe)));
                advancedTo = safe;
            }
            faults.addAll(evaluator.evaluate(reading));
        }

        void finish() {
            if (newest != Long.MIN_VALUE) {
                faults.addAll(evaluator.advanceTo(Instant.ofEpochMilli(newest)));
            }
        }
    }
}
