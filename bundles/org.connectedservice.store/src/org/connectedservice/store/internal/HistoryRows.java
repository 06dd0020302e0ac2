package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Reading;

/**
 * Turns readings into rows of reading_history, one per measurement, and writes a batch of them in one
 * transaction. Each trace (device × measurement) is a row of history_series, whose id the rows carry; the ids are
 * remembered here, so only a trace seen for the first time costs a look-up. Used by the writer thread only.
 */
final class HistoryRows {

    /** What one batch did: rows stored, and values left out because no database can hold them. */
    record Written(int rows, int skipped) {
    }

    private record Trace(int id, String deviceType) {
    }

    private static final System.Logger LOG = System.getLogger(HistoryRows.class.getName());
    private static final String ALL_TRACES = "SELECT id, device_id, measurement, device_type FROM history_series";
    private static final String TRACE_ID = "SELECT id FROM history_series WHERE device_id = ? AND measurement = ?";
    private static final String ADD_TRACE = "INSERT INTO history_series (device_id, measurement, device_type)"
            + " VALUES (?, ?, ?)";
    private static final String RETYPE_TRACE = "UPDATE history_series SET device_type = ? WHERE id = ?";

    private final Database database;
    private final HistoryInsert insert;
    private final Map<String, Map<String, Trace>> traces = new HashMap<>();
    private boolean loaded;
    private boolean skipLogged;

    HistoryRows(Database database) {
        this.database = database;
        this.insert = new HistoryInsert(database);
    }

    Written write(List<Reading> readings) {
        if (!loaded) {
            loadTraces();
        }
        registerNewTraces(readings);
        int capacity = 0;
        for (Reading reading : readings) {
            capacity += reading.values().size();
        }
        int[] series = new int[capacity];
        long[] times = new long[capacity];
        double[] values = new double[capacity];
        int rows = 0;
        for (Reading reading : readings) {
            Long time = epochMillis(reading);
            for (Map.Entry<String, Double> value : reading.values().entrySet()) {
                Trace trace = trace(reading.deviceId(), value.getKey());
                if (time != null && trace != null && Double.isFinite(value.getValue())) {
                    series[rows] = trace.id();
                    times[rows] = time;
                    values[rows++] = value.getValue();
                }
            }
        }
        int skipped = capacity - rows;
        if (skipped > 0) {
            reportSkipped(skipped);
        }
        insert.write(series, times, values, rows);
        return new Written(rows, skipped);
    }

    private void loadTraces() {
        database.transaction("read the history traces", connection -> {
            try (PreparedStatement select = connection.prepareStatement(ALL_TRACES);
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    remember(row.getString("device_id"), row.getString("measurement"),
                            new Trace(row.getInt("id"), row.getString("device_type")));
                }
            }
            return null;
        });
        loaded = true;
    }

    /* Committed on their own before the rows, so a trace id remembered here always exists in the database. */
    private void registerNewTraces(List<Reading> readings) {
        Map<List<String>, String> missing = new LinkedHashMap<>();
        for (Reading reading : readings) {
            for (String measurement : reading.values().keySet()) {
                Trace known = trace(reading.deviceId(), measurement);
                boolean typeChanged = known != null && reading.deviceType() != null
                        && !reading.deviceType().equals(known.deviceType());
                if ((known == null || typeChanged) && fits(reading.deviceId()) && fits(measurement)
                        && fits(reading.deviceType())) {
                    missing.put(List.of(reading.deviceId(), measurement), reading.deviceType());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<List<String>, Integer> ids = database.transaction("register " + missing.size() + " new history traces",
                connection -> {
                    Map<List<String>, Integer> registered = new HashMap<>();
                    for (Map.Entry<List<String>, String> trace : missing.entrySet()) {
                        registered.put(trace.getKey(), upsert(connection, trace.getKey(), trace.getValue()));
                    }
                    return registered;
                });
        ids.forEach((key, id) -> remember(key.get(0), key.get(1), new Trace(id, missing.get(key))));
    }

    /*
     * Insert, or find the trace another console on the same SQL Server added meanwhile; plain statements rather
     * than a MERGE, which each database spells its own way.
     */
    private int upsert(Connection connection, List<String> key, String deviceType) throws SQLException {
        Integer id = traceId(connection, key);
        if (id == null) {
            try (PreparedStatement add = connection.prepareStatement(ADD_TRACE)) {
                add.setString(1, key.get(0));
                add.setString(2, key.get(1));
                add.setString(3, deviceType);
                add.executeUpdate();
            } catch (SQLException e) {
                if (!database.dialect().isDuplicateKey(e)) {
                    throw e;
                }
            }
            return traceId(connection, key);
        }
        if (deviceType != null) {
            try (PreparedStatement retype = connection.prepareStatement(RETYPE_TRACE)) {
                retype.setString(1, deviceType);
                retype.setInt(2, id);
                retype.executeUpdate();
            }
        }
        return id;
    }

    private static Integer traceId(Connection connection, List<String> key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TRACE_ID)) {
            select.setString(1, key.get(0));
            select.setString(2, key.get(1));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    private Trace trace(String deviceId, String measurement) {
        Map<String, Trace> ofDevice = traces.get(deviceId);
        return ofDevice == null ? null : ofDevice.get(measurement);
    }

    private void remember(String deviceId, String measurement, Trace trace) {
        traces.computeIfAbsent(deviceId, id -> new HashMap<>()).put(measurement, trace);
    }

    private static boolean fits(String name) {
        return name == null || name.length() <= Schema.MAX_KEY_CHARS;
    }

    private static Long epochMillis(Reading reading) {
        long seconds = reading.time().getEpochSecond();
        if (Math.abs(seconds) >= EpochMillis.LIMIT / 1000) {
            return null;
        }
        return reading.time().toEpochMilli();
    }

    private void reportSkipped(int skipped) {
        if (!skipLogged) {
            skipLogged = true;
            LOG.log(Level.WARNING, skipped + " values were left out of the history: values that are not finite"
                    + " numbers, times millions of years away, or device, type or measurement names longer than "
                    + Schema.MAX_KEY_CHARS + " characters cannot be stored; alerting still saw them."
                    + " Further such values are counted, not logged.");
        }
    }
}
