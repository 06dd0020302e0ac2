package org.connectedservice.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass deleting the readings older than a cutoff, trace by trace (so every delete follows the trace's key
 * range in trace_reading, then its index in reading_history) and in chunks of at most CHUNK_ROWS, each its own
 * transaction: the writer runs one chunk between two batches, so a large clean-up never stalls the history for
 * long.
 */
final class HistoryRetention {

    static final int CHUNK_ROWS = 10_000;

    private static final String TRACE_IDS = "SELECT id FROM history_series ORDER BY id";

    private final Database database;
    private final long cutoffMillis;
    private final String deleteKeyedChunk;
    private final String deleteOtherChunk;
    private final List<Integer> traceIds;
    private int next;
    private boolean keyedDone;
    private long deleted;

    private HistoryRetention(Database database, long cutoffMillis, List<Integer> traceIds) {
        this.database = database;
        this.cutoffMillis = cutoffMillis;
        this.traceIds = traceIds;
        this.deleteKeyedChunk = database.dialect().deleteAtMost("trace_reading",
                "reading_key >= ? AND reading_key < ?", CHUNK_ROWS);
        this.deleteOtherChunk = database.dialect().deleteAtMost("reading_history", "series_id = ? AND epoch_ms < ?",
                CHUNK_ROWS);
    }

    static HistoryRetention start(Database database, Instant cutoff) {
        List<Integer> ids = database.transaction("list the history traces to clean up", connection -> {
            List<Integer> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(TRACE_IDS);
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(row.getInt(1));
                }
            }
            return all;
        });
        return new HistoryRetention(database, EpochMillis.ceil(cutoff), ids);
    }

    /** Deletes one chunk; returns false once every trace is clean. */
    boolean step() {
        if (next >= traceIds.size()) {
            return false;
        }
        int traceId = traceIds.get(next);
        boolean keyed = !keyedDone && ReadingKeys.fits(traceId, 0);
        int chunk = database.transaction("delete readings older than the history retention", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(keyed ? deleteKeyedChunk : deleteOtherChunk)) {
                if (keyed) {
                    delete.setLong(1, ReadingKeys.traceStart(traceId));
                    delete.setLong(2, ReadingKeys.bound(traceId, cutoffMillis));
                } else {
                    delete.setInt(1, traceId);
                    delete.setLong(2, cutoffMillis);
                }
                return delete.executeUpdate();
            }
        });
        deleted += chunk;
        if (chunk < CHUNK_ROWS) {
            if (keyed) {
                keyedDone = true;
            } else {
                keyedDone = false;
                next++;
            }
        }
        return next < traceIds.size();
    }

    long runToEnd() {
        boolean more = true;
        while (more) {
            more = step();
        }
        return deleted;
    }

    long deleted() {
        return deleted;
    }
}
