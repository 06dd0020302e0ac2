package org.connectedservice.store.internal;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How the telemetry history writes and how long it keeps readings.
 *
 * @param retention how long a reading is kept; older ones are deleted every retentionInterval
 * @param queueCapacity how many readings may wait for the writer
 * @param appendPatience how long append waits for room in a full queue before it drops the reading
 * @param batchRows how many rows (reading × measurement) one transaction writes at most
 * @param batchDelay how long the writer gathers readings for a batch at most
 * @param retentionInterval how often the writer deletes expired readings
 */
public record HistorySettings(Duration retention, int queueCapacity, Duration appendPatience, int batchRows,
        Duration batchDelay, Duration retentionInterval) {

    public static final String RETENTION_DAYS_PROPERTY = "connectedservice.history.retentionDays";
    public static final int DEFAULT_RETENTION_DAYS = 30;

    private static final System.Logger LOG = System.getLogger(HistorySettings.class.getName());

    public HistorySettings {
        requirePositive(retention, "retention");
        requirePositive(batchDelay, "batchDelay");
        requirePositive(retentionInterval, "retentionInterval");
        if (appendPatience == null || appendPatience.isNegative()) {
            throw new IllegalArgumentException("appendPatience must be zero or a positive duration, not "
                    + appendPatience);
        }
        if (queueCapacity < 1 || batchRows < 1) {
            throw new IllegalArgumentException("queueCapacity and batchRows must be at least 1, not " + queueCapacity
                    + " and " + batchRows);
        }
    }

    /*
     * A 100,000-reading queue holds about a second of a heavy stream (some tens of MB), enough to ride out a slow
     * commit. Batches are cut by time (100 ms) at ordinary rates; the row cap matters only under a flood, and is
     * high because H2 rewrites every index page a commit touched: with thousands of traces, 200,000-row commits
     * write about twice as fast as 50,000-row ones.
     */
    public static HistorySettings defaults() {
        return new HistorySettings(Duration.ofDays(DEFAULT_RETENTION_DAYS), 100_000, Duration.ofMillis(250), 200_000,
                Duration.ofMillis(100), Duration.ofHours(1));
    }

    /**
     * The defaults with the retention of the system property connectedservice.history.retentionDays; a value that
     * is not a positive whole number of days is reported and the default is kept, so a typo never stops the history.
     */
    public static HistorySettings fromProperties(UnaryOperator<String> properties) {
        String days = properties.apply(RETENTION_DAYS_PROPERTY);
        if (days == null || days.isBlank()) {
            return defaults();
        }
        try {
            return defaults().withRetention(Duration.ofDays(Long.parseLong(days.trim())));
        } catch (IllegalArgumentException | ArithmeticException e) {
            LOG.log(System.Logger.Level.WARNING, "-D" + RETENTION_DAYS_PROPERTY + "=" + days
                    + " is not a positive whole number of days; keeping readings for the default "
                    + DEFAULT_RETENTION_DAYS + " days. Set it to e.g. 90 to keep 90 days.");
            return defaults();
        }
    }

    public HistorySettings withRetention(Duration newRetention) {
        return new HistorySettings(newRetention, queueCapacity, appendPatience, batchRows, batchDelay,
                retentionInterval);
    }

    public HistorySettings withQueue(int newCapacity, Duration newPatience) {
        return new HistorySettings(retention, newCapacity, newPatience, batchRows, batchDelay, retentionInterval);
    }

    public HistorySettings withBatches(int newRows, Duration newDelay) {
        return new HistorySettings(retention, queueCapacity, appendPatience, newRows, newDelay, retentionInterval);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }
}
