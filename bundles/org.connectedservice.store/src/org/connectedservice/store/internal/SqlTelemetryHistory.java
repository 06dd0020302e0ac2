package org.connectedservice.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;

/**
 * Every reading in the console database, one row per measurement (a stored reading is one measurement's value at
 * one time, with millisecond resolution). Appends go through the one {@link HistoryWriter}; queries read what is
 * committed, so call {@link #flush()} first to see the readings just appended.
 */
public final class SqlTelemetryHistory implements TelemetryHistory, AutoCloseable {

    private static final String TRACE_ID = "SELECT id FROM history_series WHERE device_id = ? AND measurement = ?";
    private static final String POINTS = "SELECT epoch_ms, reading_value FROM reading_history"
            + " WHERE series_id = ? AND epoch_ms >= ? AND epoch_ms < ? ORDER BY epoch_ms";
    private static final String TRACES = "SELECT s.device_id, s.device_type, s.measurement FROM history_series s"
            + " WHERE EXISTS (SELECT 1 FROM reading_history h"
            + " WHERE h.series_id = s.id AND h.epoch_ms >= ? AND h.epoch_ms < ?) ORDER BY s.device_id, s.measurement";

    private final Database database;
    private final Clock clock;
    private final HistorySettings settings;
    private final HistoryWriter writer;

    public SqlTelemetryHistory(Database database, Clock clock, HistorySettings settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.writer = new HistoryWriter(database, clock, settings);
        writer.start();
    }

    @Override
    public void append(Reading reading) {
        writer.append(reading);
    }

    @Override
    public void flush() {
        writer.flush();
    }

    /** Stores what was appended, then stops the writer. */
    @Override
    public void close() {
        writer.close();
    }

    /** Readings never queued because the queue stayed full, or because the history was closed. */
    public long droppedReadings() {
        return writer.dropped();
    }

    /** Readings queued but refused by the database. */
    public long failedReadings() {
        return writer.failed();
    }

    /** Values no database can hold (not finite, or names too long), left out of the history. */
    public long skippedValues() {
        return writer.skipped();
    }

    /** Deletes every reading older than the retention now, on the calling thread; returns how many. */
    public long deleteExpired() {
        return HistoryRetention.start(database, clock.instant().minus(settings.retention())).runToEnd();
    }

    /**
     * Bucket i covers [from + i × span / n, from + (i + 1) × span / n) in whole milliseconds; the first starts at
     * from and the last ends at to exactly.
     */
    @Override
    public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
        requireTrace(deviceId, measurement, from, to);
        if (buckets < 1) {
            throw new IllegalArgumentException("ask for at least 1 bucket, not " + buckets);
        }
        long fromMillis = EpochMillis.ceil(from);
        long span = EpochMillis.ceil(to) - fromMillis;
        if (span <= 0) {
            return List.of();
        }
        if (Math.multiplyHigh(span, buckets) != 0 || span * buckets < 0) {
            throw new IllegalArgumentException("the range " + from + " to " + to + " is too long to split into "
                    + buckets + " buckets; ask for a shorter range or fewer buckets");
        }
        SqlDialect d = database.dialect();
        String bucket = d.bucketIndex("epoch_ms", fromMillis, span, buckets);
        String sql = "SELECT " + bucket + " AS bucket, " + d.countAll() + " AS readings,"
                + " MIN(reading_value) AS lowest, MAX(reading_value) AS highest, AVG(reading_value) AS mean"
                + " FROM reading_history WHERE series_id = ? AND epoch_ms >= ? AND epoch_ms < ?"
                + " GROUP BY " + bucket + " ORDER BY bucket";
        return database.transaction("read the history of " + deviceId + " " + measurement, connection -> {
            Integer traceId = traceId(connection, deviceId, measurement);
            List<HistoryBucket> result = new ArrayList<>();
            if (traceId == null) {
                return result;
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bindRange(select, traceId, fromMillis, fromMillis + span);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long i = row.getLong("bucket");
                        Instant start = i == 0 ? from : boundary(fromMillis, span, buckets, i);
                        Instant end = i == buckets - 1 ? to : boundary(fromMillis, span, buckets, i + 1);
                        result.add(new HistoryBucket(start, end, row.getLong("readings"), row.getDouble("lowest"),
                                row.getDouble("highest"), row.getDouble("mean")));
                    }
                }
            }
            return result;
        });
    }

    private static Instant boundary(long fromMillis, long span, int buckets, long index) {
        return Instant.ofEpochMilli(fromMillis + Math.ceilDiv(index * span, buckets));
    }

    @Override
    public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
        requireTrace(deviceId, measurement, from, to);
        long fromMillis = EpochMillis.ceil(from);
        long toMillis = EpochMillis.ceil(to);
        if (toMillis <= fromMillis) {
            return SeriesSnapshot.EMPTY;
        }
        return database.transaction("read the history of " + deviceId + " " + measurement, connection -> {
            Integer traceId = traceId(connection, deviceId, measurement);
            if (traceId == null) {
                return SeriesSnapshot.EMPTY;
            }
            try (PreparedStatement select = connection.prepareStatement(POINTS)) {
                bindRange(select, traceId, fromMillis, toMillis);
                long[] times = new long[64];
                double[] values = new double[64];
                int size = 0;
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        if (size == times.length) {
                            times = Arrays.copyOf(times, size * 2);
                            values = Arrays.copyOf(values, size * 2);
                        }
                        times[size] = row.getLong(1);
                        values[size++] = row.getDouble(2);
                    }
                }
                return new SeriesSnapshot(Arrays.copyOf(times, size), Arrays.copyOf(values, size));
            }
        });
    }

    @Override
    public List<SeriesKey> traces(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return database.transaction("list the history traces", connection -> {
            List<SeriesKey> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(TRACES)) {
                select.setLong(1, EpochMillis.ceil(from));
                select.setLong(2, EpochMillis.ceil(to));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        keys.add(new SeriesKey(row.getString(1), row.getString(2), row.getString(3)));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public long storedReadings() {
        String sql = "SELECT " + database.dialect().countAll() + " FROM reading_history";
        return database.transaction("count the stored readings", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static Integer traceId(Connection connection, String deviceId, String measurement) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TRACE_ID)) {
            select.setString(1, deviceId);
            select.setString(2, measurement);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    private static void bindRange(PreparedStatement select, int traceId, long fromMillis, long toMillis)
            throws SQLException {
        select.setInt(1, traceId);
        select.setLong(2, fromMillis);
        select.setLong(3, toMillis);
    }

    private static void requireTrace(String deviceId, String measurement, Instant from, Instant to) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
