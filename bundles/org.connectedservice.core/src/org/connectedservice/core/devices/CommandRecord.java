package org.connectedservice.core.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * One command sent to one device, as the history keeps it: id 0 until stored. runId names the send it belonged
 * to; asset is the device's asset at the time; response is the device's answer or why there was none.
 */
public record CommandRecord(long id, String runId, Instant time, String user, String deviceId, String asset,
        String command, CommandKind kind, String payload, CommandStatus status, String response,
        Instant completedAt, EffectStatus effect, String effectDetail) {

    public CommandRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        response = response == null ? "" : response;
        effect = effect == null ? EffectStatus.NONE : effect;
        effectDetail = effectDetail == null ? "" : effectDetail;
    }

    public CommandRecord withId(long newId) {
        return new CommandRecord(newId, runId, time, user, deviceId, asset, command, kind, payload, status, response,
                completedAt, effect, effectDetail);
    }

    /** The next status; a final status stamps completedAt with at. */
    public CommandRecord withStatus(CommandStatus newStatus, String newResponse, Instant at) {
        return new CommandRecord(id, runId, time, user, deviceId, asset, command, kind, payload, newStatus,
                newResponse, newStatus.isFinal() ? at : completedAt, effect, effectDetail);
    }

    public CommandRecord withEffect(EffectStatus newEffect, String detail) {
        return new CommandRecord(id, runId, time, user, deviceId, asset, command, kind, payload, status, response,
                completedAt, newEffect, detail);
    }
}
