package org.connectedservice.store.internal.registry;

import java.sql.Statement;
import java.util.List;

import org.connectedservice.store.internal.Database;
import org.connectedservice.store.internal.SqlDialect;

/**
 * The registry's tables: devices, customer assets and the command history. Like the console's own schema every
 * statement can run again, so opening an older workspace adds them and keeps its data.
 */
final class RegistrySchema {

    /* IoT Hub device ids are at most 128 characters; SQL Server index keys at most 1,700 bytes. */
    static final int MAX_KEY_CHARS = 256;

    private RegistrySchema() {
    }

    static void create(Database database) {
        database.transaction("create the device registry tables", connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(database.dialect())) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    static List<String> statements(SqlDialect d) {
        String key = d.keyText(MAX_KEY_CHARS);
        String time = d.timestamp();
        String text = d.text();
        return List.of(
                d.createTable("customer_asset", String.join(",\n", List.of(
                        "name " + key + " NOT NULL PRIMARY KEY",
                        "customer " + text))),
                d.createTable("registered_device", String.join(",\n", List.of(
                        "device_id " + key + " NOT NULL PRIMARY KEY",
                        "name " + text,
                        "device_type " + text,
                        "asset " + key,
                        "registration VARCHAR(16) NOT NULL",
                        "registration_message " + text))),
                d.createIndex("registered_device_asset", "registered_device", "asset", false),
                d.createTable("device_command", String.join(",\n", List.of(
                        "id " + d.identity("BIGINT"),
                        "run_id VARCHAR(64)",
                        "sent_at " + time + " NOT NULL",
                        "user_name " + text,
                        "device_id " + key + " NOT NULL",
                        "asset " + key,
                        "command " + text + " NOT NULL",
                        "kind VARCHAR(24) NOT NULL",
                        "payload " + d.largeText(),
                        "status VARCHAR(16) NOT NULL",
                        "response " + text,
                        "completed_at " + time,
                        "effect VARCHAR(16) NOT NULL",
                        "effect_detail " + text))),
                d.createIndex("device_command_newest", "device_command", "sent_at DESC, id DESC", false),
                d.createIndex("device_command_device", "device_command", "device_id, sent_at DESC, id DESC", false),
                d.createIndex("device_command_asset", "device_command", "asset, sent_at DESC, id DESC", false));
    }
}
