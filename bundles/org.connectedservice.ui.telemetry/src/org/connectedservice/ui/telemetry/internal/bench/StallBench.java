package org.connectedservice.ui.telemetry.internal.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.ChartFrameSource;
import org.connectedservice.core.series.RangePreset;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The longest UI-thread stall while events stream into the live engine: a live chart of 20 of the streaming
 * devices (5 minutes, redrawn up to 30 times a second) with the watchdog pinging the UI thread.
 */
final class StallBench {

    /** What the stall run saw: the longest stall, and the events per second the engine was fed meanwhile. */
    record Stalls(double longestMillis, double eventsPerSecond, long pings, int framesDrawn, String longestIn) {
    }

    static final int FLEET = 10_000;
    static final int CHARTED = 20;

    private StallBench() {
    }

    static Stalls run(Display display, TelemetryIngestion ingestion, LiveTelemetry live, RulesRepository rules,
            AlertStore alerts, TelemetryHistory history, int perSecond, Duration warmup, Duration measured)
            throws InterruptedException {
        Shell shell = new Shell(display);
        shell.setText("Live chart benchmark");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        ChartFrameSource source = new ChartFrameSource(live, rules, alerts);
        source.useHistory(history);
        TelemetryChart chart = new TelemetryChart(shell, source, Clock.systemDefaultZone());
        shell.open();
        List<Device> charted = new ArrayList<>();
        for (int i = 0; i < CHARTED; i++) {
            charted.add(new Device(LiveStream.deviceId(i), LiveStream.deviceId(i), "Thermostat", "Bench"));
        }
        chart.showPreset(RangePreset.LAST_5_MINUTES);
        chart.showDevices(charted);
        try (LiveStream stream = new LiveStream(ingestion, FLEET, perSecond)) {
            Events.run(display, warmup);
            int framesBefore = chart.framesDrawn();
            long sentBefore = stream.sent();
            long start = System.nanoTime();
            try (StallWatchdog watchdog = new StallWatchdog(display)) {
                Events.run(display, measured);
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Stalls(watchdog.longestStallMillis(), (stream.sent() - sentBefore) / seconds,
                        watchdog.pings(), chart.framesDrawn() - framesBefore, watchdog.longestStallStack());
            }
        } finally {
            shell.dispose();
        }
    }
}
