package org.connectedservice.store.internal.registry;

import java.util.List;

import org.connectedservice.store.internal.Database;
import org.connectedservice.store.internal.SchemaSetup;
import org.connectedservice.store.internal.SchemaStep;
import org.connectedservice.store.internal.SqlDialect;

/**
 * The registry's tables: devices, customer assets and the command history. Like the console's own schema each
 * step is applied only when missing, so opening an older workspace adds them and keeps its data.
 */
final class RegistrySchema {

    /* IoT Hub device ids are at most 128 characters; SQL Server index keys at most 1,700 bytes. */
    static final int MAX_KEY_CHARS = 256;

    private RegistrySchema() {
    }

    static void create(Database database) {
        database.transaction("create the device registry tables", connection -> {
            SchemaSetup.apply(connection, database.dialect(), steps(database.dialect()));
            return null;
        });
    }

    static List<SchemaStep> steps(SqlDialect d) {
        String key = d.keyText(MAX_KEY_CHARS);
        String time = d.timestamp();
        String text = d.text();
        return List.of(
                new SchemaStep.Table("customer_asset", List.of(
                        "name " + key + " NOT NULL PRIMARY KEY",
                        "customer " + text)),
                new SchemaStep.Table("registered_device", List.of(
                        "device_id " + key + " NOT NULL PRIMARY KEY",
                        "name " + text,
                        "device_type " + text,
                        "asset " + key,
                        "registration VARCHAR(16) NOT NULL",
                        "registration_message " + text)),
                new SchemaStep.Index("registered_device_asset", "registered_device", "asset"),
                new SchemaStep.Table("device_command", List.of(
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
                        "effect_detail " + text)),
                new SchemaStep.Index("device_command_newest", "device_command", "sent_at DESC, id DESC"),
                new SchemaStep.Index("device_command_device", "device_command", "device_id, sent_at DESC, id DESC"),
                new SchemaStep.Index("device_command_asset", "device_command", "asset, sent_at DESC, id DESC"));
    }
}
