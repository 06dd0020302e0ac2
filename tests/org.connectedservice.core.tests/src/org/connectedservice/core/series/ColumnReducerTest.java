package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.SeriesKey;
import org.junit.jupiter.api.Test;

class ColumnReducerTest {

    private static final SeriesKey KEY = new SeriesKey("thermostat-01", "Thermostat", "Temperature");
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void sparseReadingsStayExactAndOnlyThoseInsideTheWindowCount() {
        SeriesSnapshot raw = new SeriesSnapshot(new long[] { T0 - 1000, T0, T0 + 1000, T0 + 2000, T0 + 300_000 },
                new double[] { 1, 20, 21, 22, 99 });
        TimeWindow window = new TimeWindow(T0, T0 + 300_000);

        ColumnTrace trace = ColumnReducer.reduce(KEY, raw, window, window.columnMillis(1280));

        assertArrayEquals(new long[] { T0, T0 + 1000, T0 + 2000 }, trace.times());
        assertArrayEquals(new double[] { 20, 21, 22 }, trace.mins());
        assertArrayEquals(new long[] { 1, 1, 1 }, trace.counts());
        assertEquals(3, trace.vertexCount());
    }

    @Test
    void aMillionReadingsOverAWeekBecomeAtMostTwoVerticesPerPixelAndKeepTheSpike() {
        int n = 1_000_000;
        long week = 7L * 24 * 3600 * 1000;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * (week / n);
            v[i] = 20 + Math.sin(i / 500.0);
        }
        v[654_321] = 95;
        TimeWindow window = new TimeWindow(T0, T0 + week);

        ColumnTrace trace = ColumnReducer.reduce(KEY, new SeriesSnapshot(t, v), window, window.columnMillis(1280));

        assertTrue(trace.size() <= 1281, "columns: " + trace.size());
        assertTrue(trace.vertexCount() <= 2 * 1281, "vertices: " + trace.vertexCount());
        assertEquals(n, trace.readings(), "every reading in the window is accounted for");
        double max = 0;
        for (double hi : trace.maxs()) {
            max = Math.max(max, hi);
        }
        assertEquals(95, max, "a one-reading spike must survive reduction");
        for (int i = 1; i < trace.size(); i++) {
            assertTrue(trace.times()[i] > trace.times()[i - 1], "columns must stay in time order");
        }
    }

    @Test
    void columnsStayPutWhileALiveWindowSlides() {
        long[] t = new long[10_000];
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i * 30L;
            v[i] = i % 97;
        }
        SeriesSnapshot raw = new SeriesSnapshot(t, v);
        TimeWindow before = new TimeWindow(T0, T0 + 300_000);
        TimeWindow after = new TimeWindow(T0 + 77, T0 + 300_077);
        long column = before.columnMillis(1000);

        ColumnTrace a = ColumnReducer.reduce(KEY, raw, before, column);
        ColumnTrace b = ColumnReducer.reduce(KEY, raw, after, column);

        int ia = a.nearestIndex(T0 + 150_000);
        int ib = b.nearestIndex(T0 + 150_000);
        assertEquals(a.times()[ia], b.times()[ib]);
        assertEquals(a.mins()[ia], b.mins()[ib]);
        assertEquals(a.maxs()[ia], b.maxs()[ib], "the same column must hold the same readings after the slide");
    }

    @Test
    void historyBucketsBecomeColumnsAndJoinTheLivePart() {
        ColumnTrace older = ColumnReducer.fromBuckets(KEY, List.of(
                new HistoryBucket(Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 100), 7, 1, 9, 5),
                new HistoryBucket(Instant.ofEpochMilli(T0 + 200), Instant.ofEpochMilli(T0 + 300), 1, 4, 4, 4)),
                new TimeWindow(T0, T0 + 300));
        ColumnTrace recent = ColumnReducer.reduce(KEY, new SeriesSnapshot(new long[] { T0 + 350 }, new double[] { 6 }),
                new TimeWindow(T0 + 300, T0 + 400), 100);

        ColumnTrace joined = older.followedBy(recent);

        assertArrayEquals(new long[] { T0, T0 + 200, T0 + 350 }, joined.times());
        assertArrayEquals(new long[] { 7, 1, 1 }, joined.counts());
        assertEquals(4, joined.vertexCount(), "the 7-reading bucket draws its min and max, the others one vertex each");
        assertEquals(9, joined.readings());
    }
}
