package org.connectedservice.ui.devices;

import java.util.function.Function;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.EffectStatus;

/** The columns of the command history. */
enum HistoryColumn {
    TIME("Time", 150, r -> DeviceColumn.time(r.time())),
    DEVICE("Device", 100, CommandRecord::deviceId),
    COMMAND("Command", 100, CommandRecord::command),
    STATUS("Status", 85, r -> r.status().label()),
    EFFECT("Effect check", 200, r -> r.effect() == EffectStatus.NONE ? ""
            : r.effect().label() + ": " + r.effectDetail()),
    RESPONSE("Response", 320, CommandRecord::response),
    PAYLOAD("Payload", 130, r -> r.payload() == null ? "" : r.payload()),
    USER("User", 80, r -> r.user() == null ? "" : r.user());

    private final String title;
    private final int width;
    private final Function<CommandRecord, String> text;

    HistoryColumn(String title, int width, Function<CommandRecord, String> text) {
        this.title = title;
        this.width = width;
        this.text = text;
    }

    String title() {
        return title;
    }

    int width() {
        return width;
    }

    String text(CommandRecord record) {
        return text.apply(record);
    }
}
