package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ChartViewportTest {

    private static final long MINUTE = 60_000;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        long now = 1_700_000_000_000L;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void aLiveWindowFollowsNowAndAPausedOneStays() {
        ChartViewport viewport = new ChartViewport(clock, RangePreset.LAST_5_MINUTES);
        long start = clock.now;
        clock.now += MINUTE;
        assertEquals(new TimeWindow(start + MINUTE - 5 * MINUTE, start + MINUTE), viewport.window());

        viewport.pause();
        clock.now += MINUTE;
        assertEquals(start + MINUTE, viewport.window().to(), "a paused chart must not move");
        assertFalse(viewport.isLive());

        viewport.show(RangePreset.LAST_24_HOURS);
        assertTrue(viewport.isLive());
        assertEquals(new TimeWindow(clock.now - 24 * 60 * MINUTE, clock.now), viewport.window());
    }

    @Test
    void zoomKeepsTheTimeUnderTheMouseAndLiveZoomKeepsFollowingNow() {
        ChartViewport viewport = new ChartViewport(clock, RangePreset.LAST_HOUR);
        viewport.zoom(0.5, 1);
        assertTrue(viewport.isLive());
        assertEquals(new TimeWindow(clock.now - 30 * MINUTE, clock.now), viewport.window());
        assertNull(viewport.preset(), "a zoomed window no longer matches a preset");

        viewport.showRange(new TimeWindow(clock.now - 60 * MINUTE, clock.now - 20 * MINUTE));
        long underMouse = viewport.window().from() + 10 * MINUTE;
        viewport.zoom(0.5, 0.25);
        TimeWindow zoomed = viewport.window();
        assertEquals(20 * MINUTE, zoomed.span());
        assertEquals(underMouse, zoomed.from() + zoomed.span() / 4, "the time a quarter across must stay put");
    }

    @Test
    void zoomStopsAtTenSecondsAndPanPausesAndMovesByAFractionOfTheSpan() {
        ChartViewport viewport = new ChartViewport(clock, RangePreset.LAST_5_MINUTES);
        viewport.zoom(1e-6, 1);
        assertEquals(ChartViewport.MIN_SPAN.toMillis(), viewport.window().span());

        viewport.show(RangePreset.LAST_5_MINUTES);
        viewport.pan(-0.5);
        assertFalse(viewport.isLive(), "panning back in time pauses the live chart");
        assertEquals(new TimeWindow(clock.now - 7 * MINUTE - 30_000, clock.now - 2 * MINUTE - 30_000),
                viewport.window());
    }

    @Test
    void scrubbingMovesAPausedWindowBackAsFarAsAWeek() {
        ChartViewport viewport = new ChartViewport(clock, RangePreset.LAST_HOUR);
        assertEquals(1.0, viewport.scrubPosition());
        long pausedAt = clock.now;

        viewport.scrubTo(0.5);
        clock.now += 10 * MINUTE;
        assertFalse(viewport.isLive());
        assertEquals(pausedAt - ChartViewport.SCRUB_EXTENT.toMillis() / 2, viewport.window().to());
        assertEquals(0.5, viewport.scrubPosition(), 1e-9);

        viewport.scrubTo(0);
        assertEquals(pausedAt - ChartViewport.SCRUB_EXTENT.toMillis(), viewport.window().to());
        viewport.resume();
        assertEquals(clock.now, viewport.window().to());
    }
}
