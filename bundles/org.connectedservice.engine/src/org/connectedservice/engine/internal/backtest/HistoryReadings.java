package org.connectedservice.engine.internal.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;

/**
 * The stored history of [from, to) as one time-ordered stream of readings, merged from its traces (one reading per
 * stored point; equal times go by device, then measurement, so a replay is repeatable).
 */
final class HistoryReadings implements Iterable<Reading> {

    private record Trace(SeriesKey key, SeriesSnapshot points) {
    }

    private static final class Cursor {
        final Trace trace;
        int next;

        Cursor(Trace trace) {
            this.trace = trace;
        }

        long time() {
            return trace.points().times()[next];
        }
    }

    private static final Comparator<Cursor> ORDER = Comparator.comparingLong(Cursor::time)
            .thenComparing(c -> c.trace.key().deviceId())
            .thenComparing(c -> c.trace.key().measurement());

    private final List<Trace> traces = new ArrayList<>();

    HistoryReadings(TelemetryHistory history, Instant from, Instant to) {
        for (SeriesKey key : history.traces(from, to)) {
            SeriesSnapshot points = history.series(key.deviceId(), key.measurement(), from, to);
            if (points.size() > 0) {
                traces.add(new Trace(key, points));
            }
        }
    }

    @Override
    public Iterator<Reading> iterator() {
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, traces.size()), ORDER);
        for (Trace trace : traces) {
            queue.add(new Cursor(trace));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !queue.isEmpty();
            }

            @Override
            public Reading next() {
                Cursor cursor = queue.poll();
                if (cursor == null) {
                    throw new NoSuchElementException("the history range has no more readings");
                }
                SeriesKey key = cursor.trace.key();
                SeriesSnapshot points = cursor.trace.points();
                Reading reading = new Reading(key.deviceId(), key.deviceType(),
                        Instant.ofEpochMilli(points.times()[cursor.next]),
                        Map.of(key.measurement(), points.values()[cursor.next]));
                cursor.next++;
                if (cursor.next < points.size()) {
                    queue.add(cursor);
                }
                return reading;
            }
        };
    }
}
