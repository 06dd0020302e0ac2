package org.connectedservice.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    private final Database database;
    private final Clock clock;
    private final HistorySettings settings;
    private final HistoryWriter writer;
    private final HistoryReads reads;

    public SqlTelemetryHistory(Database database, Clock clock, HistorySettings settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.writer = new HistoryWriter(database, clock, settings);
        this.reads = new HistoryReads(database.dialect());
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
        return database.transaction("read the history of " + deviceId + " " + measurement, connection -> {
            Integer traceId = HistoryReads.traceId(connection, deviceId, measurement);
            List<HistoryBucket> result = new ArrayList<>();
            if (traceId == null) {
                return result;
            }
            for (HistoryReads.Bucket bucket : reads.buckets(connection, traceId, fromMillis, span, buckets)) {
                long i = bucket.index();
                Instant start = i == 0 ? from : boundary(fromMillis, span, buckets, i);
                Instant end = i == buckets - 1 ? to : boundary(fromMillis, span, buckets, i + 1);
                result.add(new HistoryBucket(start, end, bucket.count(), bucket.min(), bucket.max(), bucket.avg()));
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
            Integer traceId = HistoryReads.traceId(connection, deviceId, measurement);
            return traceId == null ? SeriesSnapshot.EMPTY : reads.series(connection, traceId, fromMillis, toMillis);
        });
    }

    @Override
    public List<SeriesKey> traces(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return database.transaction("list the history traces",
                connection -> reads.traces(connection, EpochMillis.ceil(from), EpochMillis.ceil(to)));
    }

    @Override
    public long storedReadings() {
        return database.transaction("count the stored readings", reads::storedReadings);
    }

    private static void requireTrace(String deviceId, String measurement, Instant from, Instant to) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
