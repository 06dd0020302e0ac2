package org.connectedservice.simulator.internal.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.connectedservice.core.devices.DeviceGateway.DeliveryOutcome;
import org.connectedservice.core.devices.DeviceGateway.Feedback;
import org.connectedservice.core.simulation.CommandResult;

/**
 * Cloud-to-device messages waiting for their device, as the hub queues them: a device takes a message when it is
 * connected and answering, then completes it (its command succeeded) or rejects it; a message nobody took before
 * its expiry expires. Each outcome waits here as feedback until it is collected.
 */
final class MessageQueue {

    /** Hands a message to its device; returns how the device handled it. */
    @FunctionalInterface
    interface Receiver {
        CommandResult take(String deviceId, String command, String body);
    }

    private record Pending(String messageId, String deviceId, String command, String body, Instant expiresAt) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Feedback> feedback = new HashMap<>();
    private long sequence;

    synchronized String enqueue(String deviceId, String command, String body, Instant expiresAt) {
        String id = "c2d-" + ++sequence;
        pending.add(new Pending(id, deviceId, command, body, expiresAt));
        return id;
    }

    /** Delivers what devices that are taking messages now can take, and expires what waited too long. */
    void deliver(Instant now, Predicate<String> taking, Receiver receiver) {
        List<Pending> due = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
                Pending message = it.next();
                if (!now.isBefore(message.expiresAt())) {
                    it.remove();
                    feedback.put(message.messageId(), new Feedback(DeliveryOutcome.EXPIRED, "the message expired at "
                            + message.expiresAt() + " before " + message.deviceId() + " took it"));
                } else if (taking.test(message.deviceId())) {
                    it.remove();
                    due.add(message);
                }
            }
        }
        for (Pending message : due) {
            CommandResult result = receiver.take(message.deviceId(), message.command(), message.body());
            Feedback outcome = result.succeeded() ? new Feedback(DeliveryOutcome.COMPLETED, result.message())
                    : new Feedback(DeliveryOutcome.REJECTED, result.status() + " " + result.message());
            synchronized (this) {
                feedback.put(message.messageId(), outcome);
            }
        }
    }

    /** The message's feedback once there is one; it is handed out once. */
    synchronized Feedback takeFeedback(String messageId) {
        return feedback.remove(messageId);
    }
}
