package org.connectedservice.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.FaultOutbox;

/**
 * The durable fault queue in the console database. A claimed entry is leased for a while rather than locked, so
 * the entries of a consumer that died come back by themselves once the lease runs out.
 */
public final class SqlFaultOutbox implements FaultOutbox {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY_DELAY = Duration.ofMinutes(5);

    private static final String FAULT_COLUMNS = "token, kind, device_id, device_type, rule_id, rule_version, "
            + "rule_name, measurement, reading_value, threshold, severity, alert_type, fault_time, description,"
            + " window_start";
    private static final String LEASE_ENTRY = "UPDATE fault_outbox SET claimed_until = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM fault_outbox WHERE id = ?";
    private static final String RETRY_LATER = "UPDATE fault_outbox SET attempts = ?, next_attempt_at = ?,"
            + " claimed_until = NULL, last_error = ? WHERE id = ?";

    private final String insert;
    private final String due;
    private final String attemptsOf;
    private final String deadLetter;
    private final String resubmit;
    private final String count;
    private final Database database;
    private final Clock clock;
    private final int maxAttempts;

    public SqlFaultOutbox(Database database, Clock clock) {
        this(database, clock, DEFAULT_MAX_ATTEMPTS);
    }

    public SqlFaultOutbox(Database database, Clock clock, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is " + maxAttempts + "; allow at least 1 delivery attempt");
        }
        this.database = database;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        SqlDialect d = database.dialect();
        this.insert = "INSERT INTO fault_outbox (" + FAULT_COLUMNS + ", attempts, next_attempt_at, dead_letter,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, " + d.literal(false)
                + ", ?)";
        this.due = "SELECT id, attempts, " + FAULT_COLUMNS + " FROM " + d.lockingTable("fault_outbox", true)
                + " WHERE dead_letter = " + d.literal(false) + " AND next_attempt_at <= ?"
                + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id" + d.firstRows("?") + d.forUpdate();
        this.attemptsOf = "SELECT attempts FROM " + d.lockingTable("fault_outbox", false) + " WHERE id = ?"
                + d.forUpdate();
        this.deadLetter = "UPDATE fault_outbox SET attempts = ?, dead_letter = " + d.literal(true)
                + ", claimed_until = NULL, last_error = ? WHERE id = ?";
        this.resubmit = "UPDATE fault_outbox SET dead_letter = " + d.literal(false) + ", attempts = 0,"
                + " next_attempt_at = ?, claimed_until = NULL WHERE dead_letter = " + d.literal(true);
        this.count = "SELECT " + d.countAll() + " FROM fault_outbox WHERE dead_letter = ?";
    }

    /** Appends all faults in one transaction; a fault already waiting in the outbox is not added twice. */
    @Override
    public void append(List<Fault> faults) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (fault == null || fault.token() == null || fault.kind() == null) {
                throw new IllegalArgumentException("fault " + (i + 1) + " of " + faults.size()
                        + " has no token or kind; nothing was appended, every fault needs both");
            }
        }
        if (faults.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        database.transaction("append " + faults.size() + " faults to the outbox", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Fault fault : faults) {
                    insertUnlessPresent(statement, fault, now);
                }
            }
            return null;
        });
    }

    /* A failing statement leaves the rest of the transaction intact (H2 and SQL Server alike), so a duplicate only
     * skips its own row. */
    private void insertUnlessPresent(PreparedStatement insert, Fault fault, Instant now) throws SQLException {
        int i = bindFault(insert, fault);
        database.dialect().setInstant(insert, i++, now);
        database.dialect().setInstant(insert, i, now);
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!database.dialect().isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private int bindFault(PreparedStatement statement, Fault fault) throws SQLException {
        int i = 1;
        statement.setString(i++, fault.token());
        statement.setString(i++, fault.kind().name());
        statement.setString(i++, fault.deviceId());
        statement.setString(i++, fault.deviceType());
        statement.setString(i++, fault.ruleId());
        statement.setInt(i++, fault.ruleVersion());
        statement.setString(i++, fault.ruleName());
        statement.setString(i++, fault.measurement());
        statement.setDouble(i++, fault.value());
        statement.setDouble(i++, fault.threshold());
        statement.setString(i++, Sql.name(fault.severity()));
        statement.setString(i++, fault.alertType());
        database.dialect().setInstant(statement, i++, fault.time());
        statement.setString(i++, fault.description());
        database.dialect().setInstant(statement, i++, fault.windowStart());
        return i;
    }

    @Override
    public List<OutboxEntry> claim(int max, Instant now) {
        if (max <= 0) {
            return List.of();
        }
        return database.transaction("claim faults from the outbox", connection -> {
            List<OutboxEntry> entries = due(connection, max, now);
            try (PreparedStatement lease = connection.prepareStatement(LEASE_ENTRY)) {
                for (OutboxEntry entry : entries) {
                    database.dialect().setInstant(lease, 1, now.plus(LEASE));
                    lease.setLong(2, entry.id());
                    lease.addBatch();
                }
                lease.executeBatch();
            }
            return entries;
        });
    }

    private List<OutboxEntry> due(Connection connection, int max, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(due)) {
            database.dialect().setInstant(select, 1, now);
            database.dialect().setInstant(select, 2, now);
            select.setInt(3, max);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new OutboxEntry(row.getLong("id"), faultFrom(row), row.getInt("attempts")));
                }
            }
            return entries;
        }
    }

    private Fault faultFrom(ResultSet row) throws SQLException {
        return new Fault(row.getString("token"), FaultKind.valueOf(row.getString("kind")), row.getString("device_id"),
                row.getString("device_type"), row.getString("rule_id"), row.getInt("rule_version"),
                row.getString("rule_name"), row.getString("measurement"), row.getDouble("reading_value"),
                row.getDouble("threshold"), Sql.enumValue(Severity.class, row.getString("severity")),
                row.getString("alert_type"), database.dialect().instant(row, "fault_time"), row.getString("description"),
                database.dialect().instant(row, "window_start"));
    }

    @Override
    public void ack(long entryId) {
        database.transaction("remove delivered outbox entry " + entryId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setLong(1, entryId);
                return delete.executeUpdate();
            }
        });
    }

    /** Schedules another attempt with doubling delay, or dead-letters the entry once maxAttempts have failed. */
    @Override
    public void fail(long entryId, String reason, Instant now) {
        database.transaction("record the failed delivery of outbox entry " + entryId, connection -> {
            int attempts;
            try (PreparedStatement select = connection.prepareStatement(attemptsOf)) {
                select.setLong(1, entryId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    attempts = row.getInt(1) + 1;
                }
            }
            boolean exhausted = attempts >= maxAttempts;
            try (PreparedStatement update = connection.prepareStatement(exhausted ? deadLetter : RETRY_LATER)) {
                int i = 1;
                update.setInt(i++, attempts);
                if (!exhausted) {
                    database.dialect().setInstant(update, i++, now.plus(retryDelay(attempts)));
                }
                update.setString(i++, reason);
                update.setLong(i, entryId);
                update.executeUpdate();
            }
            return null;
        });
    }

    static Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY_DELAY) < 0 ? delay : LONGEST_RETRY_DELAY;
    }

    /** Puts every dead-lettered entry back in the queue with a fresh set of attempts; returns how many. */
    public int resubmitDeadLetters() {
        Instant now = clock.instant();
        return database.transaction("resubmit the dead-lettered faults", connection -> {
            try (PreparedStatement update = connection.prepareStatement(resubmit)) {
                database.dialect().setInstant(update, 1, now);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public long depth() {
        return count(false);
    }

    @Override
    public long deadLettered() {
        return count(true);
    }

    private long count(boolean deadLetter) {
        return database.transaction("count the outbox entries", connection -> {
            try (PreparedStatement select = connection.prepareStatement(count)) {
                select.setBoolean(1, deadLetter);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }
}
