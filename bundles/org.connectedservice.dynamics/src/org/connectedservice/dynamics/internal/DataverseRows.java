package org.connectedservice.dynamics.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.model.IotAlert;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The columns of msdyn_iotdevice, msdyn_iotdevicecommand and msdyn_iotalert that a device, a command record and an
 * IoT alert fill. Option set
 * values are those of the Connected Customer Service solution.
 */
public final class DataverseRows {

    static final String DEVICES = "msdyn_iotdevices";
    static final String COMMANDS = "msdyn_iotdevicecommands";
    static final String ALERTS = "msdyn_iotalerts";
    /** The lookup of a command's or an alert's device row (msdyn_device, navigation property msdyn_Device). */
    static final String DEVICE_LINK = "msdyn_Device@odata.bind";
    /* msdyn_registrationstatus: Unknown, Unregistered, In Progress, Registered, Error, in our enum's order. */
    static final int REGISTRATION_BASE = 192_350_000;
    static final int COMMAND_IN_PROGRESS = 192_350_000;
    static final int COMMAND_SENT = 192_350_001;
    static final int COMMAND_ERROR = 192_350_002;
    /* Dataverse refuses a text longer than its column; these fit the solution's columns. */
    static final int NAME_CHARS = 100;
    static final int TEXT_CHARS = 2000;

    private DataverseRows() {
    }

    public static ObjectNode device(RegisteredDevice device) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("msdyn_name", cut(device.name(), NAME_CHARS));
        row.put("msdyn_deviceid", device.id());
        row.put("msdyn_registrationstatus", REGISTRATION_BASE + device.registration().ordinal());
        row.put("msdyn_registrationmessage", cut(device.registrationMessage(), TEXT_CHARS));
        return row;
    }

    public static ObjectNode command(CommandRecord record) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("msdyn_name", cut(record.command() + " to " + record.deviceId(), NAME_CHARS));
        row.put("msdyn_deviceid", record.deviceId());
        row.put("msdyn_message", record.payload() == null ? "null" : record.payload());
        row.put("msdyn_commandstatus", switch (record.status()) {
            case IN_PROGRESS -> COMMAND_IN_PROGRESS;
            case SENT, SUCCEEDED -> COMMAND_SENT;
            case FAILED, TIMED_OUT -> COMMAND_ERROR;
        });
        row.put("msdyn_commandstatusreason", cut(reason(record), TEXT_CHARS));
        return row;
    }

    /**
     * An alert as the Logic App of the original solution writes it: description, time, token and device id in their
     * columns, what the engine knows about the reading in msdyn_alertdata as JSON (Dynamics shows it on the alert).
     */
    public static ObjectNode alert(IotAlert alert) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("msdyn_description", cut(alert.description(), TEXT_CHARS));
        row.put("msdyn_alerttime", alert.time().toString());
        row.put("msdyn_alerttoken", cut(alert.faultToken(), NAME_CHARS));
        row.put("msdyn_deviceid", alert.deviceId());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("measurement", alert.measurement());
        data.put("reading", alert.reading());
        data.put("threshold", alert.threshold());
        data.put("rule", alert.ruleId());
        data.put("ruleVersion", alert.ruleVersion());
        data.put("ruleName", alert.ruleName());
        data.put("severity", alert.severity().name());
        data.put("status", alert.status().name());
        row.put("msdyn_alertdata", cut(data.toString(), TEXT_CHARS));
        return row;
    }

    /* Dataverse has three command statuses; the reason keeps ours, the device's answer and the effect check. */
    private static String reason(CommandRecord record) {
        StringBuilder reason = new StringBuilder(record.status().label());
        if (!record.response().isEmpty()) {
            reason.append(": ").append(record.response());
        }
        if (record.effect() != EffectStatus.NONE) {
            reason.append("; effect check ").append(record.effectDetail()).append(": ")
                    .append(record.effect().label());
        }
        if (record.user() != null) {
            reason.append("; sent by ").append(record.user());
        }
        return reason.toString();
    }

    /** The row key of a device created by the console: the same for every console, from the device id. */
    static UUID deviceKey(String deviceId) {
        return UUID.nameUUIDFromBytes(("msdyn_iotdevice/" + deviceId).getBytes(StandardCharsets.UTF_8));
    }

    /** The row key of an alert: the same for every console that raises the same fault. */
    static UUID alertKey(String faultToken) {
        return UUID.nameUUIDFromBytes(("msdyn_iotalert/" + faultToken).getBytes(StandardCharsets.UTF_8));
    }

    /** The row key of a command: unique to this workspace's history, since record ids repeat across workspaces. */
    static UUID commandKey(String installation, long recordId) {
        return UUID.nameUUIDFromBytes((installation + "/msdyn_iotdevicecommand/" + recordId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
