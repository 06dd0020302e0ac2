package org.connectedservice.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.BenchResult;
import org.connectedservice.core.simulation.SimulatorBenchmark;
import org.connectedservice.simulator.internal.BenchService;

/**
 * ./console bench: prints a readable table, then one JSON line per figure. Our engine and Esper get the same
 * generated stream and equivalent rules (see {@link Scenario}); each run is single-threaded.
 */
public final class Bench {

    static final long SEED = 42;
    static final double TARGET_A = 3_000_000;
    static final double TARGET_B = 1_000_000;
    static final double TARGET_INGEST = 500_000;
    static final double TARGET_P99_MICROS = 1000;
    static final double TARGET_HISTORY = 200_000;
    static final double TARGET_STATE_BYTES = 200;

    private final BenchSizes sizes;
    private final PrintStream out;
    private final List<String> jsonLines = new ArrayList<>();
    /* Held so the level stays set: the engine logs every rules change at INFO, which would break up the table. */
    private final Logger engineLogs = Logger.getLogger("org.connectedservice");

    Bench(BenchSizes sizes, PrintStream out) {
        this.sizes = sizes;
        this.out = out;
        engineLogs.setLevel(Level.WARNING);
    }

    public static void main(String[] args) {
        try {
            BenchSizes sizes = sizes(args);
            if (sizes != null) {
                new Bench(sizes, System.out).run();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage() + "; usage: " + USAGE);
            System.exit(2);
        }
    }

    static final String USAGE = "./console bench [--quick] [--rules-a N] [--rules-b N] [--rules-c N]";

    /** The sizes the arguments ask for, or null after printing the help. */
    static BenchSizes sizes(String[] args) {
        BenchSizes sizes = BenchSizes.full();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> sizes = sizes.quick();
                case "--rules-a", "--rules-b", "--rules-c" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a number of rules");
                    }
                    sizes = sizes.withRules(Scenario.of(args[i].substring(args[i].length() - 1)), count(args[i],
                            args[++i]));
                }
                case "--ui" -> throw new IllegalArgumentException("--ui is not available yet; run ./console bench"
                        + " without it");
                case "-h", "--help" -> {
                    System.out.println("usage: " + USAGE + "\n  --quick      100 s of telemetry per scenario instead of"
                            + " 400 s, and shorter side measurements\n  --rules-X N  rules in scenario X (defaults:"
                            + " a 1000, b 100, c 100)");
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        return sizes;
    }

    private static int count(String option, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(option + " '" + text + "' must be a whole number of 1 or more");
    }

    /** Runs everything; returns the JSON lines it printed, for the smoke test. */
    List<String> run() {
        out.printf(Locale.ROOT, "Connected Service Console benchmark: Java %s, %d cores (load average %s), %,d devices"
                + " at 1 Hz, %,d events per scenario (first quarter untimed), Esper 8.9.0%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), sizes.devices(), sizes.events());
        List<ScenarioResult> results = scenarios();
        System.gc();
        double ingest = IngestProbe.messagesPerSecond(
                IngestProbe.lines(TelemetryStream.generate(sizes.devices(), sizes.ingestSeconds(), SEED + 1)));
        System.gc();
        double history = HistoryProbe.writesPerSecond(sizes.devices(), sizes.historySeconds());
        SimulatorBenchmark fleet = new BenchService();
        BenchResult simulator = fleet.measure(sizes.devices(), 1, sizes.simulatorSeconds());
        out.println();
        out.printf(Locale.ROOT, "JSON decode + ingestion  %,12.0f msgs/s   (%,d JSON Lines messages into the default"
                + " rules)%n", ingest, (long) sizes.devices() * sizes.ingestSeconds());
        out.printf(Locale.ROOT, "history writes           %,12.0f rows/s   (H2, %,d devices x 2 measurements)%n",
                history, sizes.devices());
        out.printf(Locale.ROOT, "simulator                %12.3f cores    (%,d devices at 1 Hz)%n",
                simulator.coresUsed(), simulator.devices());
        targets(results, ingest, history);
        jsonLines.add(String.format(Locale.ROOT, "{\"bench\":\"ingest\",\"msgs_per_s\":%d}", Math.round(ingest)));
        jsonLines.add(String.format(Locale.ROOT, "{\"bench\":\"history\",\"writes_per_s\":%d}", Math.round(history)));
        jsonLines.add(simulator.toJsonLine());
        out.println();
        jsonLines.forEach(out::println);
        return jsonLines;
    }

    /** The three scenarios over one stream, which is garbage once they are done. */
    private List<ScenarioResult> scenarios() {
        Reading[] stream = TelemetryStream.generate(sizes.devices(), sizes.seconds(), SEED);
        out.printf(Locale.ROOT, "%n%-32s %6s %12s %12s %7s %6s %9s %9s %9s%n", "scenario", "rules", "ours ev/s",
                "Esper ev/s", "ratio", "same", "faults", "p99 us", "B/dev*rule");
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            ScenarioResult result = scenario(scenario, stream);
            results.add(result);
            out.printf(Locale.ROOT, "(%s) %-28s %6d %,12.0f %,12.0f %7.2f %6s %,9d %9.1f %9.1f%n", scenario.code,
                    scenario.title, result.rules(), result.eventsPerSecond(), result.esperEventsPerSecond(),
                    result.ratio(), result.sameFaults() ? "yes" : "NO", result.faults(), result.p99Micros(),
                    result.stateBytesPerDeviceRule());
            result.differences().forEach(d -> out.println("      " + d));
            jsonLines.add(result.jsonLine());
        }
        return results;
    }

    private ScenarioResult scenario(Scenario scenario, Reading[] stream) {
        int rules = sizes.rules(scenario);
        EngineRun ours = EngineRun.run(scenario, rules, stream, sizes.warmup());
        EsperRun esper = EsperRun.run(scenario, rules, stream, sizes.warmup());
        boolean same = ours.faults.sameAs(esper.faults);
        double p99 = LatencyProbe.p99Micros(scenario, rules, stream, sizes.latencyWarmup(), sizes.latencyEvents(),
                sizes.latencyRate());
        return new ScenarioResult(scenario, rules, ours.eventsPerSecond(), esper.eventsPerSecond(), same,
                ours.faults.size(), esper.faults.size(), p99, ours.stateBytes / ((double) sizes.devices() * rules),
                same ? List.of() : ours.faults.differences(esper.faults, 3));
    }

    /** Other work on the machine skews every figure, so the table says how busy it was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void targets(List<ScenarioResult> results, double ingest, double history) {
        out.println();
        out.println("Targets (issue 3, on this machine):");
        target("(a) >= 3M events/s on one core", results.get(0).eventsPerSecond() >= TARGET_A);
        target("(b) >= 1M events/s", results.get(1).eventsPerSecond() >= TARGET_B);
        target("ahead of Esper in every scenario", results.stream().allMatch(r -> r.ratio() > 1));
        target("same faults as Esper in every scenario", results.stream().allMatch(ScenarioResult::sameFaults));
        target("decode + ingestion >= 500k msgs/s", ingest >= TARGET_INGEST);
        target("p99 ingest-to-fault latency < 1 ms at " + sizes.latencyRate() / 1000 + "k events/s",
                results.stream().allMatch(r -> !(r.p99Micros() >= TARGET_P99_MICROS)));
        target(">= 200k history writes/s", history >= TARGET_HISTORY);
        target("<= 200 bytes per device x rule",
                results.stream().allMatch(r -> r.stateBytesPerDeviceRule() <= TARGET_STATE_BYTES));
    }

    private void target(String what, boolean met) {
        out.printf(Locale.ROOT, "  %-58s %s%n", what, met ? "met" : "NOT MET");
    }
}
