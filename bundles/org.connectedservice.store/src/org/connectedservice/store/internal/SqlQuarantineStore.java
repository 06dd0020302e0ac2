package org.connectedservice.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.service.QuarantineStore;

/** Bad input in the console database, with why it was refused and its raw text, newest first. */
public final class SqlQuarantineStore implements QuarantineStore {

    private static final String INSERT = "INSERT INTO quarantine (received_at, source, reason, raw)"
            + " VALUES (?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;
    private final String newest;
    private final String count;

    public SqlQuarantineStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        SqlDialect d = database.dialect();
        this.newest = "SELECT id, received_at, source, reason, raw FROM quarantine"
                + " ORDER BY received_at DESC, id DESC" + d.firstRows("?");
        this.count = "SELECT " + d.countAll() + " FROM quarantine";
    }

    /** The id of the message given is ignored; a message without receivedAt is stamped with the time now. */
    @Override
    public QuarantinedMessage add(QuarantinedMessage message) {
        Objects.requireNonNull(message, "message");
        Instant receivedAt = message.receivedAt() != null ? message.receivedAt() : clock.instant();
        long id = database.transaction("quarantine a message from " + message.source(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                database.dialect().setInstant(insert, 1, receivedAt);
                insert.setString(2, message.source());
                insert.setString(3, message.reason());
                insert.setString(4, message.raw());
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
        return new QuarantinedMessage(id, receivedAt, message.source(), message.reason(), message.raw());
    }

    @Override
    public List<QuarantinedMessage> newest(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.transaction("read the newest quarantined messages", connection -> {
            try (PreparedStatement select = connection.prepareStatement(newest)) {
                select.setInt(1, limit);
                List<QuarantinedMessage> messages = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        messages.add(new QuarantinedMessage(row.getLong("id"), database.dialect().instant(row, "received_at"),
                                row.getString("source"), row.getString("reason"), row.getString("raw")));
                    }
                }
                return messages;
            }
        });
    }

    @Override
    public long count() {
        return database.transaction("count the quarantined messages", connection -> {
            try (PreparedStatement select = connection.prepareStatement(count);
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
