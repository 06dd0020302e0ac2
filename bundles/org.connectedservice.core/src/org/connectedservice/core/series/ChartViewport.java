package org.connectedservice.core.series;

import java.time.Clock;
import java.time.Duration;

/**
 * Which time window a chart shows, and how zoom, pan, pause and scrub move it. While live the window ends at the
 * clock's now and follows it; panning, scrubbing or picking a custom range pauses it, and a preset or resume makes
 * it live again. Not thread-safe: the UI thread owns it and hands {@link #window()} to background loads.
 */
public final class ChartViewport {

    public static final Duration MIN_SPAN = Duration.ofSeconds(10);
    public static final Duration MAX_SPAN = Duration.ofDays(400);
    /** How far back the scrub slider reaches from the moment the chart was paused. */
    public static final Duration SCRUB_EXTENT = Duration.ofDays(7);

    private final Clock clock;
    private long span;
    private boolean live = true;
    private long pausedEnd;
    private long scrubAnchor;
    private RangePreset preset;

    public ChartViewport(Clock clock, RangePreset initial) {
        this.clock = clock;
        show(initial);
    }

    public TimeWindow window() {
        long end = live ? clock.millis() : pausedEnd;
        return new TimeWindow(end - span, end);
    }

    public boolean isLive() {
        return live;
    }

    /** The preset the window still matches, or null after a zoom or a custom range. */
    public RangePreset preset() {
        return preset;
    }

    /** Shows the latest readings over the preset's span, following live. */
    public void show(RangePreset range) {
        preset = range;
        span = range.span().toMillis();
        live = true;
    }

    /** Shows a fixed window, paused. */
    public void showRange(TimeWindow window) {
        preset = null;
        span = clampSpan(window.span());
        pausedEnd = window.from() + span;
        scrubAnchor = Math.max(clock.millis(), pausedEnd);
        live = false;
    }

    public void pause() {
        if (live) {
            pausedEnd = clock.millis();
            scrubAnchor = pausedEnd;
            live = false;
        }
    }

    public void resume() {
        live = true;
    }

    /**
     * Scales the span by factor (below 1 zooms in) keeping the time under anchor (0 = left edge, 1 = right edge)
     * where it is. A live window keeps following now, so it zooms around its right edge.
     */
    public void zoom(double factor, double anchor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive, got " + factor);
        }
        long newSpan = clampSpan(Math.round(span * factor));
        if (!live) {
            double a = Math.max(0, Math.min(1, anchor));
            long anchorTime = pausedEnd - span + Math.round(a * span);
            pausedEnd = anchorTime + Math.round((1 - a) * newSpan);
        }
        span = newSpan;
        preset = null;
    }

    /** Moves the window by fraction of its span (negative = back in time); a live window pauses first. */
    public void pan(double fraction) {
        pause();
        pausedEnd += Math.round(fraction * span);
        scrubAnchor = Math.max(scrubAnchor, pausedEnd);
    }

    /** Where the window's end lies on the scrub slider: 0 = {@link #SCRUB_EXTENT} before pausing, 1 = at pausing. */
    public double scrubPosition() {
        if (live) {
            return 1;
        }
        double back = (scrubAnchor - pausedEnd) / (double) SCRUB_EXTENT.toMillis();
        return Math.max(0, Math.min(1, 1 - back));
    }

    /** Pauses and moves the window's end to a position of the scrub slider (see {@link #scrubPosition()}). */
    public void scrubTo(double position) {
        pause();
        double p = Math.max(0, Math.min(1, position));
        pausedEnd = scrubAnchor - Math.round((1 - p) * SCRUB_EXTENT.toMillis());
    }

    private static long clampSpan(long millis) {
        return Math.max(MIN_SPAN.toMillis(), Math.min(MAX_SPAN.toMillis(), millis));
    }
}
