package org.connectedservice.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;

/**
 * The history queries, each over both tables of a trace: trace_reading (by key range) and reading_history (by
 * its trace index), merged here. reading_history is small unless the workspace was written by an older console,
 * whose readings are read from it until the retention removes them. Ranges are [fromMillis, toMillis).
 */
final class HistoryReads {

    /** The readings of one bucket; several merge into one. */
    record Bucket(long index, long count, double min, double max, double avg) {

        Bucket merge(Bucket other) {
            long total = count + other.count;
            return new Bucket(index, total, Math.min(min, other.min), Math.max(max, other.max),
                    (avg * count + other.avg * other.count) / total);
        }
    }

    private static final String TRACE_ID = "SELECT id FROM history_series WHERE device_id = ? AND measurement = ?";
    private static final String KEYED_POINTS = "SELECT reading_key, reading_value FROM trace_reading"
            + " WHERE reading_key >= ? AND reading_key < ? ORDER BY reading_key";
    private static final String OTHER_POINTS = "SELECT epoch_ms, reading_value FROM reading_history"
            + " WHERE series_id = ? AND epoch_ms >= ? AND epoch_ms < ? ORDER BY epoch_ms";

    private final SqlDialect dialect;
    private final String traces;

    HistoryReads(SqlDialect dialect) {
        this.dialect = dialect;
        // A trace id too large to key (never in practice) starts below every key, so it matches nothing there.
        String traceStart = "CASE WHEN s.id < " + ReadingKeys.TRACE_LIMIT + " THEN s.id ELSE -1 END * "
                + dialect.bigint(1L << ReadingKeys.TIME_BITS);
        this.traces = "SELECT s.device_id, s.device_type, s.measurement FROM history_series s"
                + " WHERE EXISTS (SELECT 1 FROM trace_reading r"
                + " WHERE r.reading_key >= " + traceStart + " + ? AND r.reading_key < " + traceStart + " + ?)"
                + " OR EXISTS (SELECT 1 FROM reading_history h"
                + " WHERE h.series_id = s.id AND h.epoch_ms >= ? AND h.epoch_ms < ?)"
                + " ORDER BY s.device_id, s.measurement";
    }

    static Integer traceId(Connection connection, String deviceId, String measurement) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TRACE_ID)) {
            select.setString(1, deviceId);
            select.setString(2, measurement);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    /** Bucket i holds the readings whose time t has floor((t - fromMillis) × buckets / span) = i; oldest first. */
    List<Bucket> buckets(Connection connection, int traceId, long fromMillis, long span, int buckets)
            throws SQLException {
        String aggregates = dialect.countAll() + ", MIN(reading_value), MAX(reading_value), AVG(reading_value)";
        Map<Long, Bucket> merged = new TreeMap<>();
        if (ReadingKeys.fits(traceId, 0) && fromMillis < ReadingKeys.TIME_LIMIT && fromMillis + span > 0) {
            long origin = ReadingKeys.traceStart(traceId) + fromMillis;
            String bucket = dialect.bucketIndex("reading_key", origin, span, buckets);
            collect(connection, "SELECT " + bucket + " AS bucket, " + aggregates + " FROM trace_reading"
                    + " WHERE reading_key >= ? AND reading_key < ? GROUP BY " + bucket + " ORDER BY bucket",
                    merged, ReadingKeys.bound(traceId, fromMillis), ReadingKeys.bound(traceId, fromMillis + span));
        }
        String bucket = dialect.bucketIndex("epoch_ms", fromMillis, span, buckets);
        collect(connection, "SELECT " + bucket + " AS bucket, " + aggregates + " FROM reading_history"
                + " WHERE series_id = ? AND epoch_ms >= ? AND epoch_ms < ? GROUP BY " + bucket + " ORDER BY bucket",
                merged, traceId, fromMillis, fromMillis + span);
        return new ArrayList<>(merged.values());
    }

    private static void collect(Connection connection, String sql, Map<Long, Bucket> merged, long... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setLong(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Bucket bucket = new Bucket(row.getLong(1), row.getLong(2), row.getDouble(3), row.getDouble(4),
                            row.getDouble(5));
                    merged.merge(bucket.index(), bucket, Bucket::merge);
                }
            }
        }
    }

    SeriesSnapshot series(Connection connection, int traceId, long fromMillis, long toMillis) throws SQLException {
        Points keyed = new Points();
        if (ReadingKeys.fits(traceId, 0)) {
            long offset = ReadingKeys.traceStart(traceId);
            keyed.read(connection, KEYED_POINTS, offset, ReadingKeys.bound(traceId, fromMillis),
                    ReadingKeys.bound(traceId, toMillis));
        }
        Points other = new Points();
        other.read(connection, OTHER_POINTS, 0, traceId, fromMillis, toMillis);
        return keyed.mergedWith(other);
    }

    List<SeriesKey> traces(Connection connection, long fromMillis, long toMillis) throws SQLException {
        List<SeriesKey> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(traces)) {
            select.setLong(1, Math.clamp(fromMillis, 0, ReadingKeys.TIME_LIMIT));
            select.setLong(2, Math.clamp(toMillis, 0, ReadingKeys.TIME_LIMIT));
            select.setLong(3, fromMillis);
            select.setLong(4, toMillis);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(new SeriesKey(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        }
        return keys;
    }

    long storedReadings(Connection connection) throws SQLException {
        return count(connection, "trace_reading") + count(connection, "reading_history");
    }

    private long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + dialect.countAll() + " FROM " + table);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Times and values of one query, oldest first. */
    private static final class Points {

        private long[] times = new long[64];
        private double[] values = new double[64];
        private int size;

        void read(Connection connection, String sql, long timeOffset, long... parameters) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setLong(i + 1, parameters[i]);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        add(row.getLong(1) - timeOffset, row.getDouble(2));
                    }
                }
            }
        }

        private void add(long time, double value) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = time;
            values[size++] = value;
        }

        SeriesSnapshot mergedWith(Points other) {
            Points all = new Points();
            int i = 0;
            int j = 0;
            while (i < size || j < other.size) {
                if (j == other.size || (i < size && times[i] <= other.times[j])) {
                    all.add(times[i], values[i++]);
                } else {
                    all.add(other.times[j], other.values[j++]);
                }
            }
            return new SeriesSnapshot(Arrays.copyOf(all.times, all.size), Arrays.copyOf(all.values, all.size));
        }
    }
}
