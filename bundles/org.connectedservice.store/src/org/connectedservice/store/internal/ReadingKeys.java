package org.connectedservice.store.internal;

/**
 * The key of a stored reading in trace_reading: trace id × 2^42 + epoch milliseconds, one BIGINT. The table is
 * ordered by it (H2 keeps rows in primary key order, SQL Server clusters on it), so a trace's readings lie
 * together in time order and a write touches one index instead of a table plus an index.
 * <p>
 * 42 bits of milliseconds reach from 1970 to 2109 and 21 bits of trace id allow two million traces. A reading
 * outside that, or at the same millisecond as a stored reading of its trace, goes to reading_history instead,
 * which also holds everything written before this layout existed.
 */
final class ReadingKeys {

    static final int TIME_BITS = 42;
    static final long TIME_LIMIT = 1L << TIME_BITS;
    static final long TRACE_LIMIT = 1L << (Long.SIZE - 1 - TIME_BITS);

    private ReadingKeys() {
    }

    static boolean fits(int traceId, long epochMillis) {
        return traceId >= 0 && traceId < TRACE_LIMIT && epochMillis >= 0 && epochMillis < TIME_LIMIT;
    }

    static long key(int traceId, long epochMillis) {
        return ((long) traceId << TIME_BITS) | epochMillis;
    }

    static long traceStart(int traceId) {
        return (long) traceId << TIME_BITS;
    }

    /** The key where readings at or after epochMillis start within the trace; clamped to the trace's keys. */
    static long bound(int traceId, long epochMillis) {
        return traceStart(traceId) + Math.clamp(epochMillis, 0, TIME_LIMIT);
    }
}
