package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RingSeriesTest {

    @Test
    void keepsTheNewestPointsOldestFirstOnceFull() {
        RingSeries ring = new RingSeries(3);
        for (int i = 1; i <= 5; i++) {
            ring.add(i * 1000L, i);
        }
        SeriesSnapshot snapshot = ring.snapshot();
        assertArrayEquals(new long[] { 3000, 4000, 5000 }, snapshot.times());
        assertArrayEquals(new double[] { 3, 4, 5 }, snapshot.values());
        assertEquals(5.0, snapshot.lastValue());
    }

    @Test
    void reductionBoundsPointsButKeepsASpike() {
        RingSeries ring = new RingSeries(100_000);
        for (int i = 0; i < 100_000; i++) {
            ring.add(i * 10L, i == 54_321 ? 500 : Math.sin(i / 100.0));
        }
        SeriesSnapshot reduced = ring.reduced(640);
        assertTrue(reduced.size() <= 2 * 640, "points: " + reduced.size());
        double max = 0;
        for (double v : reduced.values()) {
            max = Math.max(max, v);
        }
        assertEquals(500, max, "the one-sample spike must survive reduction");
        for (int i = 1; i < reduced.size(); i++) {
            assertTrue(reduced.times()[i] >= reduced.times()[i - 1], "points must stay in time order");
        }
    }

    @Test
    void smallSeriesAreNotReduced() {
        RingSeries ring = new RingSeries(10);
        ring.add(1, 1);
        ring.add(2, 2);
        assertEquals(2, ring.reduced(1).size());
    }
}
