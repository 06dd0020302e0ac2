package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.AlertStore;

/** IoT alerts in the console database, one per fault episode however often its faults are delivered. */
public final class SqlAlertStore implements AlertStore {

    private static final System.Logger LOG = System.getLogger(SqlAlertStore.class.getName());

    private static final String COLUMNS = "id, fault_token, alert_time, device_id, rule_id, rule_version, rule_name,"
            + " measurement, reading, threshold, severity, alert_type, status, description";
    private static final String INSERT = "INSERT INTO iot_alert (fault_token, alert_time, device_id, rule_id,"
            + " rule_version, rule_name, measurement, reading, threshold, severity, alert_type, status, description)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_TOKEN = "SELECT " + COLUMNS + " FROM iot_alert WHERE fault_token = ?";
    private static final String CLEAR = "UPDATE iot_alert SET status = ?, cleared_at = ?"
            + " WHERE fault_token = ? AND status = ?";

    private record Outcome(IotAlert alert, boolean changed) {
    }

    private final Database database;
    private final String newest;
    private final String count;
    private final List<Consumer<IotAlert>> listeners = new CopyOnWriteArrayList<>();

    public SqlAlertStore(Database database) {
        this.database = database;
        SqlDialect d = database.dialect();
        this.newest = "SELECT " + COLUMNS + " FROM iot_alert ORDER BY alert_time DESC, id DESC" + d.firstRows("?");
        this.count = "SELECT " + d.countAll() + " FROM iot_alert";
    }

    /**
     * A RAISED fault creates the alert of its episode, or returns the one already there. A CLEARED fault marks
     * that alert cleared and returns it; when there is none yet it returns null and creates nothing, because the
     * RAISED fault may still be waiting in the outbox (in backoff, or dead-lettered), and an alert made up from a
     * clear would be missing what the raise carries. A caller delivering faults should therefore retry a clear
     * that returned null instead of acknowledging it.
     */
    @Override
    public IotAlert record(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (fault.token() == null || fault.kind() == null) {
            throw new IllegalArgumentException("the fault has no token or kind; cannot tell which alert it is for");
        }
        Outcome outcome = database.transaction("record the alert of fault " + fault.token(),
                connection -> fault.kind() == FaultKind.RAISED ? raise(connection, fault) : clear(connection, fault));
        if (outcome.changed()) {
            tellListeners(outcome.alert());
        }
        return outcome.alert();
    }

    /* A failing statement leaves the rest of the transaction intact (H2 and SQL Server alike), so a duplicate can
     * read the existing row. */
    private Outcome raise(Connection connection, Fault fault) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int i = 1;
            insert.setString(i++, fault.token());
            database.dialect().setInstant(insert, i++, fault.time());
            insert.setString(i++, fault.deviceId());
            insert.setString(i++, fault.ruleId());
            insert.setInt(i++, fault.ruleVersion());
            insert.setString(i++, fault.ruleName());
            insert.setString(i++, fault.measurement());
            insert.setDouble(i++, fault.value());
            insert.setDouble(i++, fault.threshold());
            insert.setString(i++, Sql.name(fault.severity()));
            insert.setString(i++, fault.alertType());
            insert.setString(i++, AlertStatus.ACTIVE.name());
            insert.setString(i, fault.description());
            insert.executeUpdate();
            return new Outcome(byToken(connection, fault.token()), true);
        } catch (SQLException e) {
            if (!database.dialect().isDuplicateKey(e)) {
                throw e;
            }
            return new Outcome(byToken(connection, fault.token()), false);
        }
    }

    private Outcome clear(Connection connection, Fault fault) throws SQLException {
        int changed;
        try (PreparedStatement update = connection.prepareStatement(CLEAR)) {
            update.setString(1, AlertStatus.CLEARED.name());
            database.dialect().setInstant(update, 2, fault.time());
            update.setString(3, fault.token());
            update.setString(4, AlertStatus.ACTIVE.name());
            changed = update.executeUpdate();
        }
        return new Outcome(byToken(connection, fault.token()), changed > 0);
    }

    private IotAlert byToken(Connection connection, String token) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_TOKEN)) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? alertFrom(row) : null;
            }
        }
    }

    private IotAlert alertFrom(ResultSet row) throws SQLException {
        return new IotAlert(row.getLong("id"), row.getString("fault_token"), database.dialect().instant(row, "alert_time"),
                row.getString("device_id"), row.getString("rule_id"), row.getInt("rule_version"),
                row.getString("rule_name"), row.getString("measurement"), row.getDouble("reading"),
                row.getDouble("threshold"), Sql.enumValue(Severity.class, row.getString("severity")),
                row.getString("alert_type"), AlertStatus.valueOf(row.getString("status")),
                row.getString("description"));
    }

    private void tellListeners(IotAlert alert) {
        for (Consumer<IotAlert> listener : listeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an alert listener failed on alert " + alert.id()
                        + "; the alert is recorded and the other listeners were told", e);
            }
        }
    }

    @Override
    public List<IotAlert> newest(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.transaction("read the newest alerts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(newest)) {
                select.setInt(1, limit);
                List<IotAlert> alerts = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        alerts.add(alertFrom(row));
                    }
                }
                return alerts;
            }
        });
    }

    @Override
    public long count() {
        return database.transaction("count the alerts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(count);
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Each subscription is its own entry, so closing one never drops another made with the same listener. */
    @Override
    public AutoCloseable subscribe(Consumer<IotAlert> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<IotAlert> subscription = listener::accept;
        listeners.add(subscription);
        return () -> listeners.remove(subscription);
    }
}
