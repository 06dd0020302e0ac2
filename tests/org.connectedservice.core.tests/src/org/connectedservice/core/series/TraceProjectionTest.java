package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.connectedservice.core.model.SeriesKey;
import org.junit.jupiter.api.Test;

class TraceProjectionTest {

    private static final SeriesKey KEY = new SeriesKey("pump-01", "Pump", "Pressure");

    @Test
    void windowEdgesAndValueRangeMapToThePlotEdges() {
        TraceProjection p = new TraceProjection(new TimeWindow(1000, 2000), 0, 100, 500, 201);

        assertEquals(0, p.x(1000));
        assertEquals(250, p.x(1500));
        assertEquals(200, p.y(0), "the lowest value sits on the bottom row");
        assertEquals(0, p.y(100), "the highest value sits on the top row");
        assertEquals(1500, p.timeAt(250));
        assertEquals(50, p.valueAt(100), 1e-9);
    }

    @Test
    void aReducedColumnDrawsAVerticalStrokeStartingAtTheExtremeNearerThePreviousVertex() {
        TraceProjection p = new TraceProjection(new TimeWindow(0, 100), 0, 10, 100, 11);
        ColumnTrace trace = new ColumnTrace(KEY, new long[] { 10, 20, 30 }, new double[] { 9, 2, 1 },
                new double[] { 9, 8, 1 }, new long[] { 1, 40, 1 });

        int[] line = p.polyline(trace);

        assertArrayEquals(new int[] { 10, 1, 20, 2, 20, 8, 30, 9 }, line,
                "from value 9 the stroke goes to the column's max (8) first, then down to its min (2)");
    }
}
