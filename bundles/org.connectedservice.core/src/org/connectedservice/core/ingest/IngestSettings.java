package org.connectedservice.core.ingest;

import java.time.Duration;

/**
 * How forgiving ingestion is.
 *
 * @param lateness how far behind the newest event time an event may arrive and still be put in order
 *        (Stream Analytics' late arrival tolerance)
 * @param maxClockSkew how far ahead of this machine's clock an enqueuedTime may be before it is absurd
 * @param duplicateWindow how long (in event time) a messageId is remembered to drop its duplicates
 * @param duplicateIds how many messageIds are remembered at most, over all devices; 0 turns duplicate
 *        detection off
 */
public record IngestSettings(Duration lateness, Duration maxClockSkew, Duration duplicateWindow, int duplicateIds) {

    public static final Duration DEFAULT_LATENESS = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofDays(1);
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofMinutes(10);
    public static final int DEFAULT_DUPLICATE_IDS = 100_000;
    public static final int MAX_DUPLICATE_IDS = 10_000_000;

    public IngestSettings {
        requireNotNegative(lateness, "lateness");
        requireNotNegative(maxClockSkew, "maxClockSkew");
        requireNotNegative(duplicateWindow, "duplicateWindow");
        if (duplicateIds < 0 || duplicateIds > MAX_DUPLICATE_IDS) {
            throw new IllegalArgumentException("duplicateIds must be from 0 (off) to " + MAX_DUPLICATE_IDS + ", not "
                    + duplicateIds);
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_LATENESS, DEFAULT_CLOCK_SKEW, DEFAULT_DUPLICATE_WINDOW,
                DEFAULT_DUPLICATE_IDS);
    }

    public IngestSettings withLateness(Duration newLateness) {
        return new IngestSettings(newLateness, maxClockSkew, duplicateWindow, duplicateIds);
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or a positive duration, not " + value);
        }
    }
}
