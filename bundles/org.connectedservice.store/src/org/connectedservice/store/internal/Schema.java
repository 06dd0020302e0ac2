package org.connectedservice.store.internal;

import java.util.List;

/**
 * The tables of the console database: the fault outbox, the IoT alerts, the telemetry history and the
 * quarantine. Each step is applied when missing, so a workspace made by an older console is upgraded in place.
 */
final class Schema {

    /* SQL Server's index keys hold at most 1,700 bytes; IoT Hub device ids are at most 128 characters. */
    static final int MAX_KEY_CHARS = 256;
    static final int MAX_TOKEN_CHARS = 450;

    private Schema() {
    }

    static List<SchemaStep> steps(SqlDialect d) {
        String time = d.timestamp();
        String text = d.text();
        String number = d.doublePrecision();
        return List.of(
                new SchemaStep.Table("fault_outbox", List.of(
                        "id " + d.identity("BIGINT"),
                        "token " + d.keyText(MAX_TOKEN_CHARS) + " NOT NULL",
                        "kind VARCHAR(16) NOT NULL",
                        "device_id " + text,
                        "device_type " + text,
                        "rule_id " + text,
                        "rule_version INT NOT NULL",
                        "rule_name " + text,
                        "measurement " + text,
                        "reading_value " + number + " NOT NULL",
                        "threshold " + number + " NOT NULL",
                        "severity VARCHAR(16)",
                        "alert_type " + text,
                        "fault_time " + time,
                        "description " + text,
                        "attempts INT DEFAULT 0 NOT NULL",
                        "next_attempt_at " + time + " NOT NULL",
                        "claimed_until " + time,
                        "last_error " + text,
                        "dead_letter " + d.booleanType() + " DEFAULT " + d.literal(false) + " NOT NULL",
                        "created_at " + time + " NOT NULL",
                        "CONSTRAINT fault_outbox_episode UNIQUE (token, kind)")),
                new SchemaStep.Column("fault_outbox", "window_start", time),
                new SchemaStep.Index("fault_outbox_due", "fault_outbox", "dead_letter, next_attempt_at"),
                new SchemaStep.Table("iot_alert", List.of(
                        "id " + d.identity("BIGINT"),
                        "fault_token " + d.keyText(MAX_TOKEN_CHARS) + " NOT NULL",
                        "alert_time " + time,
                        "device_id " + text,
                        "rule_id " + text,
                        "rule_version INT NOT NULL",
                        "rule_name " + text,
                        "measurement " + text,
                        "reading " + number + " NOT NULL",
                        "threshold " + number + " NOT NULL",
                        "severity VARCHAR(16)",
                        "alert_type " + text,
                        "status VARCHAR(16) NOT NULL",
                        "description " + text,
                        "cleared_at " + time,
                        "CONSTRAINT iot_alert_fault UNIQUE (fault_token)")),
                new SchemaStep.Index("iot_alert_newest", "iot_alert", "alert_time DESC, id DESC"),
                new SchemaStep.Table("history_series", List.of(
                        "id " + d.identity("INT"),
                        "device_id " + d.keyText(MAX_KEY_CHARS) + " NOT NULL",
                        "measurement " + d.keyText(MAX_KEY_CHARS) + " NOT NULL",
                        "device_type " + d.keyText(MAX_KEY_CHARS),
                        "CONSTRAINT history_series_trace UNIQUE (device_id, measurement)")),
                // Keyed by ReadingKeys (trace and time in one BIGINT), so the table is its own only index. No
                // foreign key to history_series: checking it would cost write rate, and the one writer creates a
                // trace before its first reading.
                new SchemaStep.Table("trace_reading", List.of(
                        "reading_key BIGINT NOT NULL PRIMARY KEY",
                        "reading_value " + number + " NOT NULL")),
                // What trace_reading cannot key, and every reading stored by consoles before it existed.
                new SchemaStep.Table("reading_history", List.of(
                        "series_id INT NOT NULL",
                        "epoch_ms BIGINT NOT NULL",
                        "reading_value " + number + " NOT NULL")),
                new SchemaStep.Index("reading_history_trace", "reading_history", "series_id, epoch_ms"),
                new SchemaStep.Table("quarantine", List.of(
                        "id " + d.identity("BIGINT"),
                        "received_at " + time + " NOT NULL",
                        "source " + text,
                        "reason " + text,
                        "raw " + d.largeText())),
                new SchemaStep.Index("quarantine_newest", "quarantine", "received_at DESC, id DESC"));
    }
}
