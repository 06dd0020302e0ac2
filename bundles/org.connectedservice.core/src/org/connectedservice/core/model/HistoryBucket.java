package org.connectedservice.core.model;

import java.time.Instant;

/** One time bucket of a history query; empty buckets are not returned. */
public record HistoryBucket(Instant start, Instant end, long count, double min, double max, double avg) {
}
