package org.connectedservice.ui.telemetry.internal.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.ChartFrameSource;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Frame time of the telemetry chart in a 1280 px wide shell showing stored traces over their whole range: each
 * frame pans the window a little (so the traces move and the off-screen scene is drawn again), projects the loaded
 * frame, sets the axes and paints the whole chart (title, axes, legend, plot) into an image with Control.print,
 * which runs the same paint code as the screen without waiting for GTK's frame clock.
 */
final class FrameBench {

    /** Frame times in milliseconds, in the order drawn. */
    record Frames(double[] millis) {

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }
    }

    private static final LiveTelemetry NO_LIVE_READINGS = new LiveTelemetry() {
        @Override
        public List<String> measurements(String deviceId) {
            return List.of();
        }

        @Override
        public SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints) {
            return SeriesSnapshot.EMPTY;
        }
    };

    private FrameBench() {
    }

    static Frames run(Display display, StoredTraces stored, int devices, RulesRepository rules, AlertStore alerts,
            int warmup, int frames) {
        Shell shell = new Shell(display);
        shell.setText("Chart benchmark");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        ChartFrameSource source = new ChartFrameSource(NO_LIVE_READINGS, rules, alerts);
        source.useHistory(stored);
        TelemetryChart chart = new TelemetryChart(shell, source, Clock.systemUTC());
        shell.open();
        try {
            List<Device> shown = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                shown.add(new Device(StoredTraces.deviceId(d), StoredTraces.deviceId(d), "Thermostat", "Bench"));
            }
            chart.showDevices(shown);
            chart.showRange(new TimeWindow(stored.start().toEpochMilli(), stored.end().toEpochMilli()));
            Events.waitUntil(display, Duration.ofSeconds(60), () -> chart.shownFrame() != null
                    && chart.shownFrame().traces().size() == devices && chart.shownFrame().plottedPoints() > devices);
            Point size = chart.control().getSize();
            Image image = new Image(display, size.x, size.y);
            GC gc = new GC(image);
            double[] millis = new double[frames];
            try {
                for (int i = 0; i < warmup + frames; i++) {
                    chart.pan(i % 200 < 100 ? 0.002 : -0.002);
                    long start = System.nanoTime();
                    chart.drawFrameNow();
                    chart.control().print(gc);
                    long nanos = System.nanoTime() - start;
                    if (i >= warmup) {
                        millis[i - warmup] = nanos / 1e6;
                    }
                    Events.dispatchPending(display);
                }
            } finally {
                gc.dispose();
                image.dispose();
            }
            return new Frames(millis);
        } finally {
            shell.dispose();
        }
    }
}
