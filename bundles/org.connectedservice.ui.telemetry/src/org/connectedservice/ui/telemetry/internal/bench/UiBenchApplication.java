package org.connectedservice.ui.telemetry.internal.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.service.TelemetryIngestion;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The UI benchmark (./console bench --ui), run in the built product under a display: frame time of a chart of 20
 * traces over a million stored readings each at 1280 px, the longest UI-thread stall while 10,000 events a second
 * stream into the live engine, and a backtest of one rule over a million readings. It prints one JSON line on
 * standard output; what it measured along the way goes to standard error. --quick measures for less time.
 */
public class UiBenchApplication implements IApplication {

    static final int TRACES = 20;
    static final int READINGS_EACH = 1_000_000;
    static final int EVENTS_PER_SECOND = 10_000;
    static final String USAGE = "usage: ./console bench --ui [--quick]  (--quick measures fewer frames and a shorter "
            + "stream)";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = given instanceof String[] a ? List.of(a) : List.of();
        for (String arg : args) {
            if (arg.equals("--help")) {
                System.out.println(USAGE);
                return IApplication.EXIT_OK;
            }
            if (!arg.equals("--quick")) {
                System.err.println("bench --ui: unknown option '" + arg + "'; " + USAGE);
                return Integer.valueOf(2);
            }
        }
        boolean quick = args.contains("--quick");
        BundleContext bundles = FrameworkUtil.getBundle(UiBenchApplication.class).getBundleContext();
        TelemetryIngestion ingestion = service(bundles, TelemetryIngestion.class);
        LiveTelemetry live = service(bundles, LiveTelemetry.class);
        RulesRepository rules = service(bundles, RulesRepository.class);
        AlertStore alerts = service(bundles, AlertStore.class);
        TelemetryHistory history = service(bundles, TelemetryHistory.class);
        Backtester backtester = service(bundles, Backtester.class);

        long made = System.nanoTime();
        StoredTraces stored = new StoredTraces(Instant.now().minusSeconds(READINGS_EACH + 3_600L), TRACES,
                READINGS_EACH, 7);
        log("made %d traces of %,d stored readings in %d ms", TRACES, READINGS_EACH,
                (System.nanoTime() - made) / 1_000_000);
        Display display = new Display();
        try {
            FrameBench.Frames frames = FrameBench.run(display, stored, TRACES, rules, alerts, 60, quick ? 100 : 300);
            log("chart frames: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d frames", frames.percentile(0.5),
                    frames.percentile(0.95), frames.percentile(1), frames.millis().length);
            StallBench.Stalls stalls = StallBench.run(display, ingestion, live, rules, alerts, history,
                    EVENTS_PER_SECOND, Duration.ofSeconds(quick ? 2 : 5), Duration.ofSeconds(quick ? 5 : 20));
            log("live chart while streaming: %,.0f events/s fed, %d frames drawn, %d watchdog pings, longest stall "
                    + "%.1f ms%s", stalls.eventsPerSecond(), stalls.framesDrawn(), stalls.pings(), stalls.longestMillis(),
                    stalls.longestIn().isEmpty() ? "" : "; the UI thread was in " + stalls.longestIn());
            BacktestProbe.Timing backtest = BacktestProbe.run(backtester, rules.activeRules(), stored.readings(0));
            log("backtest over %,d readings: %d ms (median of 5); alerts active %d, candidate %d",
                    backtest.readings(), backtest.medianMillis(), backtest.activeRaised(), backtest.candidateRaised());
            log("system load average %.1f on %d cores when done (other processes slow every figure down)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "{\"bench\":\"ui\",\"frame_ms_p95\":%.1f,\"ui_stall_ms_max\":%.1f,"
                    + "\"backtest_ms\":%d}%n", frames.percentile(0.95), stalls.longestMillis(),
                    backtest.medianMillis());
            System.out.flush();
        } finally {
            display.dispose();
        }
        return IApplication.EXIT_OK;
    }

    private static <S> S service(BundleContext bundles, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        S found = tracker.waitForService(30_000);
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service started within 30 s; is the "
                    + "product complete? Rebuild it with ./console build");
        }
        return found;
    }

    private static void log(String format, Object... values) {
        System.err.println("ui bench: " + String.format(Locale.ROOT, format, values));
    }

    @Override
    public void stop() {
        // the benchmark ends by itself; there is nothing to interrupt
    }
}
