package org.connectedservice.ui.telemetry;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.ChartFrameSource;
import org.connectedservice.core.series.ChartRequest;
import org.connectedservice.core.series.TimeWindow;

/**
 * The chart's side of the background job: the UI thread posts what it wants, the job loads it from core. A live
 * request is moved to end at the moment of loading; a paused one that was already loaded is not loaded again.
 */
final class FrameLoader {

    private static final Logger LOG = System.getLogger(FrameLoader.class.getName());

    private final ChartFrameSource source;
    private final Clock clock;
    private volatile ChartRequest wanted;
    private ChartRequest loadedRequest;
    private ChartFrame loadedFrame;

    FrameLoader(ChartFrameSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    void want(ChartRequest request) {
        wanted = request;
    }

    /** Runs in the background job. */
    ChartFrame load() {
        ChartRequest r = wanted;
        if (r.live()) {
            long now = clock.millis();
            r = new ChartRequest(r.devices(), r.hiddenMeasurements(), new TimeWindow(now - r.window().span(), now),
                    r.width(), r.height(), true);
        } else if (r.equals(loadedRequest)) {
            return loadedFrame;
        }
        ChartFrame loaded = r.devices().isEmpty() ? ChartFrame.empty(r, "") : source.load(r);
        loadedRequest = r;
        loadedFrame = loaded;
        return loaded;
    }

    void close() {
        try {
            source.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Closing the chart's alert and rules subscriptions failed", e);
        }
    }
}
