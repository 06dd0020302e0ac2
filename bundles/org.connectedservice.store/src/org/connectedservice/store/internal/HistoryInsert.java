package org.connectedservice.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Writes one batch of history rows in one transaction: those {@link ReadingKeys} can key into trace_reading, in
 * key order, the rest into reading_history. A row at the same trace and millisecond as an earlier one of the batch
 * goes to reading_history too. Should a row collide with one stored by an earlier batch (a late reading, a
 * replayed file, or another console on the same SQL Server), the database refuses the batch; it is then written
 * again with every row looked up first, so nothing is lost and only that batch pays for the look-ups.
 */
final class HistoryInsert {

    private static final int ROWS_PER_EXECUTE = 5_000;
    private static final String INSERT_KEYED = "INSERT INTO trace_reading (reading_key, reading_value) VALUES (?, ?)";
    private static final String INSERT_OTHER = "INSERT INTO reading_history (series_id, epoch_ms, reading_value)"
            + " VALUES (?, ?, ?)";
    private static final String KEY_STORED = "SELECT 1 FROM trace_reading WHERE reading_key = ?";

    private final Database database;

    HistoryInsert(Database database) {
        this.database = database;
    }

    void write(int[] series, long[] times, double[] values, int rows) {
        if (rows == 0) {
            return;
        }
        int[] order = traceOrder(series, times, rows);
        String purpose = "store " + rows + " readings in the history";
        try {
            database.transaction(purpose, connection -> insert(connection, series, times, values, order, false));
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException cause && database.dialect().isDuplicateKey(cause))) {
                throw e;
            }
            database.transaction(purpose, connection -> insert(connection, series, times, values, order, true));
        }
    }

    /*
     * Rows trace by trace and, within a trace, by time (arrival order breaks ties): each index page then changes
     * once per batch instead of once per row, which is most of the write rate when many devices report at once.
     */
    private static int[] traceOrder(int[] series, long[] times, int rows) {
        long[] byTrace = new long[rows];
        for (int i = 0; i < rows; i++) {
            byTrace[i] = ((long) series[i] << 32) | i;
        }
        Arrays.sort(byTrace);
        int[] order = new int[rows];
        for (int k = 0; k < rows; k++) {
            order[k] = (int) byTrace[k];
        }
        int start = 0;
        for (int k = 1; k <= rows; k++) {
            if (k == rows || series[order[k]] != series[order[start]]) {
                sortByTimeIfNeeded(order, start, k, times);
                start = k;
            }
        }
        return order;
    }

    private static void sortByTimeIfNeeded(int[] order, int from, int to, long[] times) {
        for (int k = from + 1; k < to; k++) {
            if (times[order[k]] < times[order[k - 1]]) {
                Integer[] run = new Integer[to - from];
                for (int j = from; j < to; j++) {
                    run[j - from] = order[j];
                }
                Arrays.sort(run, Comparator.comparingLong((Integer row) -> times[row]).thenComparingInt(row -> row));
                for (int j = from; j < to; j++) {
                    order[j] = run[j - from];
                }
                return;
            }
        }
    }

    private Void insert(Connection connection, int[] series, long[] times, double[] values, int[] order,
            boolean lookUpFirst) throws SQLException {
        try (PreparedStatement keyed = connection.prepareStatement(INSERT_KEYED);
                PreparedStatement other = connection.prepareStatement(INSERT_OTHER);
                PreparedStatement stored = lookUpFirst ? connection.prepareStatement(KEY_STORED) : null) {
            int keyedRows = 0;
            int otherRows = 0;
            int previous = -1;
            for (int i : order) {
                boolean sameAsPrevious = previous >= 0 && series[previous] == series[i]
                        && times[previous] == times[i];
                previous = i;
                if (ReadingKeys.fits(series[i], times[i]) && !sameAsPrevious
                        && !(lookUpFirst && isStored(stored, ReadingKeys.key(series[i], times[i])))) {
                    keyed.setLong(1, ReadingKeys.key(series[i], times[i]));
                    keyed.setDouble(2, values[i]);
                    keyed.addBatch();
                    if (++keyedRows % ROWS_PER_EXECUTE == 0) {
                        keyed.executeBatch();
                    }
                } else {
                    other.setInt(1, series[i]);
                    other.setLong(2, times[i]);
                    other.setDouble(3, values[i]);
                    other.addBatch();
                    if (++otherRows % ROWS_PER_EXECUTE == 0) {
                        other.executeBatch();
                    }
                }
            }
            keyed.executeBatch();
            other.executeBatch();
        }
        return null;
    }

    private static boolean isStored(PreparedStatement stored, long key) throws SQLException {
        stored.setLong(1, key);
        try (ResultSet row = stored.executeQuery()) {
            return row.next();
        }
    }
}
