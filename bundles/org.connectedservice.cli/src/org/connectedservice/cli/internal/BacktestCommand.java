package org.connectedservice.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.engine.internal.backtest.EngineBacktester;

/**
 * ./console backtest: a candidate rule set against the active one (the workspace's, or --active FILE) over a
 * telemetry file or the stored history, with the engine's own semantics.
 */
final class BacktestCommand extends HeadlessCommand {

    private final ConsoleServices services;
    private final Clock clock;

    BacktestCommand(ConsoleServices services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    @Override
    String name() {
        return "backtest";
    }

    @Override
    String synopsis() {
        return "backtest --rules CANDIDATE [--active FILE] (--telemetry FILE.jsonl | --from TIME --to TIME)"
                + " [--flap-minutes N] [--json]";
    }

    @Override
    String help() {
        return """
                Compares what a candidate rule set and the active one would have raised over the same readings.
                  --rules FILE         the candidate rules (our rules.json, or a devicerules.json)
                  --active FILE        the rules to compare with (default: the workspace's active rules)
                  --telemetry FILE     a JSON Lines replay file to backtest over, or
                  --from, --to TIME    a range of the workspace's stored history, ISO-8601 (2025-03-01T08:00:00Z,
                                       or a date, taken as UTC); needs the workspace database, so close a
                                       console that is using it
                  --flap-minutes N     a raise cleared within N minutes counts as a flap (default 10)
                  --json               print the report as one JSON document instead of text
                """;
    }

    @Override
    Set<String> valueOptions() {
        return Set.of("--rules", "--active", "--telemetry", "--from", "--to", "--flap-minutes");
    }

    @Override
    Set<String> flagOptions() {
        return Set.of("--json");
    }

    @Override
    int execute(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        Path candidateFile = Arguments.path("--rules", arguments.required("--rules"));
        Optional<String> telemetry = arguments.value("--telemetry");
        boolean overHistory = arguments.value("--from").isPresent() || arguments.value("--to").isPresent();
        if (telemetry.isPresent() == overHistory) {
            throw new UsageException("give either --telemetry FILE or both --from and --to");
        }
        Optional<String> flapMinutes = arguments.value("--flap-minutes");
        Duration flapWindow = flapMinutes.isPresent()
                ? Duration.ofMinutes(Arguments.positiveInt("--flap-minutes", flapMinutes.get()))
                : BacktestOptions.DEFAULT_FLAP_WINDOW;
        Instant from = overHistory ? time("--from", arguments.required("--from")) : null;
        Instant to = overHistory ? time("--to", arguments.required("--to")) : null;
        if (overHistory && !from.isBefore(to)) {
            throw new UsageException("--from " + from + " must be before --to " + to);
        }
        List<ThresholdRule> candidate = RuleFiles.read(candidateFile);
        Optional<String> activeFile = arguments.value("--active");
        List<ThresholdRule> active = activeFile.isPresent()
                ? RuleFiles.read(Arguments.path("--active", activeFile.get()))
                : services.rules().activeRules();
        String activeName = activeFile.orElse("the workspace's active rules");
        BacktestOptions options = BacktestOptions.flapWindow(flapWindow);
        BacktestReport report;
        TelemetryFile file = null;
        try {
            if (overHistory) {
                TelemetryHistory history = services.history();
                report = new EngineBacktester(services.assets(), () -> history)
                        .compareOverHistory(active, candidate, from, to, options);
            } else {
                file = new TelemetryFile(Arguments.path("--telemetry", telemetry.get()));
                List<Reading> readings = new ArrayList<>();
                file.replay(clock, readings::add);
                readings.sort(Comparator.comparing(Reading::time));
                report = new EngineBacktester(services.assets(), () -> null).compare(active, candidate, readings,
                        options);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandException(e.getMessage(), e);
        }
        if (file != null) {
            file.reportQuarantine(name(), err);
        }
        String source = file != null ? telemetry.get() + " (" + file.summary() + ")"
                : "the stored history from " + from + " to " + to;
        out.print(arguments.flag("--json") ? BacktestJson.render(report, source, flapWindow) + "\n"
                : BacktestText.render(report, source, activeName, candidateFile.toString(), flapWindow));
        return OK;
    }

    static Instant time(String option, String text) throws UsageException {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new UsageException(option + " '" + text + "' is not an ISO-8601 time; write e.g."
                            + " 2025-03-01T08:00:00Z or 2025-03-01");
                }
            }
        }
    }
}
