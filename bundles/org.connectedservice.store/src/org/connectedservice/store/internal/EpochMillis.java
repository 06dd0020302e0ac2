package org.connectedservice.store.internal;

import java.time.Instant;

/**
 * History times are epoch milliseconds (BIGINT), which both databases compare and divide fast and alike. Query
 * bounds round up, so [from, to) over stored milliseconds means exactly what it means over instants, and
 * saturate, so Instant.MIN and Instant.MAX work as "from the beginning" and "to the end".
 */
final class EpochMillis {

    /* About 73 million years either side of 1970: beyond any reading, and twice it still fits in a long. */
    static final long LIMIT = Long.MAX_VALUE / 4;

    private EpochMillis() {
    }

    static long ceil(Instant instant) {
        if (instant.getEpochSecond() >= LIMIT / 1000) {
            return LIMIT;
        }
        if (instant.getEpochSecond() <= -LIMIT / 1000) {
            return -LIMIT;
        }
        long floor = instant.getEpochSecond() * 1000 + instant.getNano() / 1_000_000;
        return instant.getNano() % 1_000_000 == 0 ? floor : floor + 1;
    }
}
