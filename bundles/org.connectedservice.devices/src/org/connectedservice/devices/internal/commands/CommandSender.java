package org.connectedservice.devices.internal.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceGateway.Enqueued;
import org.connectedservice.core.devices.DeviceGateway.Feedback;
import org.connectedservice.core.devices.DeviceGateway.MethodResult;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;

/**
 * Sends one command to one device and records every step: In Progress when it starts, Sent when the hub took it
 * (message queued, desired property set), then Succeeded, Failed or Timed out with the device's answer or why there
 * was none. Whatever goes wrong, the record ends in a final status.
 */
final class CommandSender {

    /* How much longer than a message's expiry we wait for its feedback, so an expiry is reported as such. */
    private static final Duration FEEDBACK_MARGIN = Duration.ofSeconds(10);

    private final DeviceGateway gateway;
    private final TrackedHistory history;
    private final EffectWatch effects;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollPeriod;

    CommandSender(DeviceGateway gateway, TrackedHistory history, EffectWatch effects, Clock clock, Sleeper sleeper,
            Duration pollPeriod) {
        this.gateway = gateway;
        this.history = history;
        this.effects = effects;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollPeriod = pollPeriod;
    }

    /** device is null when the registry does not know deviceId; the attempt is recorded as failed then. */
    CommandRecord send(CommandDefinition definition, String payload, String deviceId, RegisteredDevice device,
            String runId, String user) {
        Instant start = clock.instant();
        CommandRecord record = new CommandRecord(0, runId, start, user, deviceId,
                device == null ? null : device.asset(), definition.name(), definition.kind(), payload,
                CommandStatus.IN_PROGRESS, "", null, EffectStatus.NONE, "");
        if (device == null) {
            return history.add(record.withStatus(CommandStatus.FAILED, "unknown device '" + deviceId
                    + "': it is not in the registry; import it or pick one from the Devices view", start));
        }
        CommandRecord started = history.add(record);
        CommandRecord done;
        try {
            done = switch (definition.kind()) {
                case DIRECT_METHOD -> method(definition, started);
                case CLOUD_TO_DEVICE -> message(definition, started);
                case DESIRED_PROPERTY -> desired(definition, started);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = started.withStatus(CommandStatus.FAILED, "stopped waiting for the outcome: the console is"
                    + " shutting down", clock.instant());
        } catch (RuntimeException e) {
            done = started.withStatus(CommandStatus.FAILED, gateway.name() + " failed: " + e.getMessage(),
                    clock.instant());
        }
        if (done.status() == CommandStatus.SUCCEEDED && definition.effect() != null) {
            done = done.withEffect(EffectStatus.PENDING, definition.effect().describe());
            effects.watch(done, definition.effect());
        }
        history.update(done);
        return done;
    }

    private CommandRecord method(CommandDefinition definition, CommandRecord record) throws InterruptedException {
        MethodResult result = gateway.invokeMethod(record.deviceId(), definition.target(), record.payload(),
                definition.timeout(), definition.connectTimeout());
        String answer = result.status() + " " + Json.text(result.payload());
        CommandStatus status = switch (result.outcome()) {
            case ANSWERED -> result.succeeded() ? CommandStatus.SUCCEEDED : CommandStatus.FAILED;
            case TIMED_OUT -> CommandStatus.TIMED_OUT;
            case OFFLINE, UNKNOWN_DEVICE -> CommandStatus.FAILED;
        };
        return record.withStatus(status, answer, clock.instant());
    }

    private CommandRecord message(CommandDefinition definition, CommandRecord record) throws InterruptedException {
        Enqueued queued = gateway.sendMessage(record.deviceId(), record.payload(),
                Map.of(DeviceGateway.COMMAND_PROPERTY, definition.target()), definition.timeout());
        if (queued.messageId() == null) {
            return record.withStatus(CommandStatus.FAILED, queued.problem(), clock.instant());
        }
        CommandRecord sent = record.withStatus(CommandStatus.SENT, "queued as " + queued.messageId()
                + ", expires in " + definition.timeout().toSeconds() + " s", null);
        history.update(sent);
        Feedback feedback = gateway.awaitFeedback(queued.messageId(), definition.timeout().plus(FEEDBACK_MARGIN));
        CommandStatus status = switch (feedback.outcome()) {
            case COMPLETED -> CommandStatus.SUCCEEDED;
            case REJECTED -> CommandStatus.FAILED;
            case EXPIRED, NO_FEEDBACK -> CommandStatus.TIMED_OUT;
        };
        String prefix = feedback.outcome() == DeviceGateway.DeliveryOutcome.REJECTED ? "rejected: " : "";
        return sent.withStatus(status, prefix + feedback.detail(), clock.instant());
    }

    private CommandRecord desired(CommandDefinition definition, CommandRecord record) throws InterruptedException {
        String property = definition.target();
        TwinUpdate update = gateway.updateTwin(record.deviceId(),
                new TwinPatch(null, Json.object(property, record.payload()), TwinPatch.ANY));
        if (!(update instanceof TwinUpdate.Applied applied)) {
            String why = update instanceof TwinUpdate.Refused refused ? refused.message()
                    : ((TwinUpdate.Conflict) update).message();
            return record.withStatus(CommandStatus.FAILED, why, clock.instant());
        }
        CommandRecord sent = record.withStatus(CommandStatus.SENT, "desired " + property + " = " + record.payload()
                + " (desired version " + applied.twin().desired().version() + ")", null);
        history.update(sent);
        Instant deadline = sent.time().plus(definition.timeout());
        while (true) {
            String reported = gateway.twin(record.deviceId()).map(t -> Json.member(t.reported().json(), property))
                    .orElse(null);
            if (Json.sameValue(reported, record.payload())) {
                return sent.withStatus(CommandStatus.SUCCEEDED, "the device reports " + property + " = " + reported,
                        clock.instant());
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return sent.withStatus(CommandStatus.TIMED_OUT, "the device did not report " + property + " = "
                        + record.payload() + " within " + definition.timeout().toSeconds() + " s"
                        + (reported == null ? "" : "; it reports " + reported), clock.instant());
            }
            sleeper.sleep(left.compareTo(pollPeriod) < 0 ? left : pollPeriod);
        }
    }
}
