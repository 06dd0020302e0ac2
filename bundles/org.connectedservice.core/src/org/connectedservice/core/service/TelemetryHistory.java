package org.connectedservice.core.service;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;

/**
 * Every reading, kept for charts, backtests and analysis (Azure SQL in the cloud, H2 embedded). Appends are queued
 * and written in batches by one writer so ingestion never waits on the disk.
 */
public interface TelemetryHistory {

    void append(Reading reading);

    /** Blocks until everything appended so far is stored. */
    void flush();

    /** min/max/avg per equal time bucket over [from, to); a chart asks for its pixel width in buckets. */
    List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets);

    /** The raw points of one trace over [from, to), oldest first. */
    SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to);

    /** Which device × measurement traces hold readings in [from, to). */
    List<SeriesKey> traces(Instant from, Instant to);

    long storedReadings();
}
