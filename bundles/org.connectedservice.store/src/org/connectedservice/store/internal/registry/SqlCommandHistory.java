package org.connectedservice.store.internal.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.store.internal.Database;
import org.connectedservice.store.internal.SqlDialect;

/** Commands sent to devices, in the console database, newest first. */
public final class SqlCommandHistory implements CommandHistory {

    private static final String COLUMNS = "run_id, sent_at, user_name, device_id, asset, command, kind, payload,"
            + " status, response, completed_at, effect, effect_detail";
    private static final String INSERT = "INSERT INTO device_command (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE device_command SET status = ?, response = ?, completed_at = ?,"
            + " effect = ?, effect_detail = ? WHERE id = ?";
    private static final String NEWEST_FIRST = " ORDER BY sent_at DESC, id DESC";
    private static final String UNFINISHED = "status IN ('IN_PROGRESS', 'SENT')";
    private static final String PENDING_EFFECT = "effect = 'PENDING'";

    private final Database database;
    private final String newest;
    private final String ofDevice;
    private final String ofAsset;

    public SqlCommandHistory(Database database) {
        this.database = database;
        SqlDialect d = database.dialect();
        String select = "SELECT id, " + COLUMNS + " FROM device_command";
        this.newest = select + NEWEST_FIRST + d.firstRows("?");
        this.ofDevice = select + " WHERE device_id = ?" + NEWEST_FIRST + d.firstRows("?");
        this.ofAsset = select + " WHERE asset = ?" + NEWEST_FIRST + d.firstRows("?");
    }

    @Override
    public CommandRecord add(CommandRecord record) {
        Objects.requireNonNull(record, "record");
        long id = database.transaction("record command " + record.command() + " to " + record.deviceId(),
                connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT,
                            Statement.RETURN_GENERATED_KEYS)) {
                        int i = 1;
                        insert.setString(i++, record.runId());
                        Rows.setInstant(insert, i++, record.time());
                        insert.setString(i++, record.user());
                        insert.setString(i++, record.deviceId());
                        insert.setString(i++, record.asset());
                        insert.setString(i++, record.command());
                        insert.setString(i++, record.kind().name());
                        insert.setString(i++, record.payload());
                        insert.setString(i++, record.status().name());
                        insert.setString(i++, record.response());
                        Rows.setInstant(insert, i++, record.completedAt());
                        insert.setString(i++, record.effect().name());
                        insert.setString(i, record.effectDetail());
                        insert.executeUpdate();
                        try (ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            return key.getLong(1);
                        }
                    }
                });
        return record.withId(id);
    }

    @Override
    public void update(CommandRecord record) {
        database.transaction("update command " + record.id() + " to " + record.deviceId(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setString(1, record.status().name());
                update.setString(2, record.response());
                Rows.setInstant(update, 3, record.completedAt());
                update.setString(4, record.effect().name());
                update.setString(5, record.effectDetail());
                update.setLong(6, record.id());
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no stored command " + record.id() + " to update");
                }
            }
            return null;
        });
    }

    @Override
    public List<CommandRecord> newest(int limit) {
        return select("read the newest commands", newest, null, limit);
    }

    @Override
    public List<CommandRecord> ofDevice(String deviceId, int limit) {
        return select("read the commands of device " + deviceId, ofDevice, deviceId, limit);
    }

    @Override
    public List<CommandRecord> ofAsset(String asset, int limit) {
        return select("read the commands of asset " + asset, ofAsset, asset, limit);
    }

    private List<CommandRecord> select(String purpose, String sql, String key, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.transaction(purpose, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                if (key != null) {
                    select.setString(i++, key);
                }
                select.setInt(i, limit);
                List<CommandRecord> records = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        records.add(recordFrom(row));
                    }
                }
                return records;
            }
        });
    }

    private static CommandRecord recordFrom(ResultSet row) throws SQLException {
        return new CommandRecord(row.getLong("id"), row.getString("run_id"), Rows.instant(row, "sent_at"),
                row.getString("user_name"), row.getString("device_id"), row.getString("asset"),
                row.getString("command"), CommandKind.valueOf(row.getString("kind")), row.getString("payload"),
                CommandStatus.valueOf(row.getString("status")), row.getString("response"),
                Rows.instant(row, "completed_at"), EffectStatus.valueOf(row.getString("effect")),
                row.getString("effect_detail"));
    }

    @Override
    public int settleUnfinished(Instant now, String reason) {
        return database.transaction("settle the commands a stopped console left open", connection -> {
            int open;
            try (PreparedStatement count = connection.prepareStatement("SELECT " + database.dialect().countAll()
                    + " FROM device_command WHERE " + UNFINISHED + " OR " + PENDING_EFFECT);
                    ResultSet row = count.executeQuery()) {
                row.next();
                open = row.getInt(1);
            }
            try (PreparedStatement fail = connection.prepareStatement("UPDATE device_command SET status = 'FAILED',"
                    + " response = ?, completed_at = ? WHERE " + UNFINISHED)) {
                fail.setString(1, reason);
                Rows.setInstant(fail, 2, now);
                fail.executeUpdate();
            }
            try (PreparedStatement fail = connection.prepareStatement("UPDATE device_command SET effect = 'FAILED',"
                    + " effect_detail = ? WHERE " + PENDING_EFFECT)) {
                fail.setString(1, "not checked: " + reason);
                fail.executeUpdate();
            }
            return open;
        });
    }
}
