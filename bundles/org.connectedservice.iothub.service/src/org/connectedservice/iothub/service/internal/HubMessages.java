package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.connectedservice.core.devices.DeviceGateway.DeliveryOutcome;
import org.connectedservice.core.devices.DeviceGateway.Enqueued;
import org.connectedservice.core.devices.DeviceGateway.Feedback;

import com.microsoft.azure.sdk.iot.service.exceptions.IotHubException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubNotFoundException;
import com.microsoft.azure.sdk.iot.service.messaging.AcknowledgementType;
import com.microsoft.azure.sdk.iot.service.messaging.DeliveryAcknowledgement;
import com.microsoft.azure.sdk.iot.service.messaging.FeedbackBatch;
import com.microsoft.azure.sdk.iot.service.messaging.FeedbackRecord;
import com.microsoft.azure.sdk.iot.service.messaging.IotHubServiceClientProtocol;
import com.microsoft.azure.sdk.iot.service.messaging.Message;
import com.microsoft.azure.sdk.iot.service.messaging.MessageFeedbackProcessorClient;
import com.microsoft.azure.sdk.iot.service.messaging.MessagingClient;

/**
 * Cloud-to-device messages through MessagingClient (AMQPS), each with an expiry and full delivery acknowledgement,
 * and their feedback through the hub's feedback receiver. Both links open at the first message and stay open;
 * feedback arrives in batches, so each message waits on its own future until its record comes.
 */
final class HubMessages implements AutoCloseable {

    static final int SEND_TIMEOUT_MILLIS = 30_000;
    static final int OPEN_TIMEOUT_MILLIS = 30_000;

    private final HubClients clients;
    private final HubProblems problems;
    private final Clock clock;
    private final String hub;
    private final Map<String, CompletableFuture<Feedback>> waiting = new ConcurrentHashMap<>();
    private MessagingClient messaging;
    private MessageFeedbackProcessorClient feedback;
    private boolean closed;

    HubMessages(HubClients clients, HubProblems problems, Clock clock, String hub) {
        this.clients = clients;
        this.problems = problems;
        this.clock = clock;
        this.hub = hub;
    }

    Enqueued send(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        String messageId = UUID.randomUUID().toString();
        Message message = new Message(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        message.setMessageId(messageId);
        message.setExpiryTimeUtc(Date.from(clock.instant().plus(expiry)));
        message.setDeliveryAcknowledgement(DeliveryAcknowledgement.Full);
        message.setProperties(properties);
        waiting.put(messageId, new CompletableFuture<>());
        try {
            open().send(deviceId, message, SEND_TIMEOUT_MILLIS);
            return new Enqueued(messageId, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waiting.remove(messageId);
            return new Enqueued(null, "stopped before IoT Hub " + hub + " took the message");
        } catch (IotHubNotFoundException e) {
            waiting.remove(messageId);
            return new Enqueued(null, "no device '" + deviceId + "' in IoT Hub " + hub + "'s registry; register it"
                    + " in the Devices view first");
        } catch (IotHubException | IOException | TimeoutException | RuntimeException e) {
            waiting.remove(messageId);
            return new Enqueued(null, problems.describe(e, "queue a message for " + deviceId));
        }
    }

    Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException {
        CompletableFuture<Feedback> answer = waiting.get(messageId);
        if (answer == null) {
            return new Feedback(DeliveryOutcome.NO_FEEDBACK, "message " + messageId + " was not sent through IoT Hub "
                    + hub + " by this console, so no acknowledgement can come for it");
        }
        try {
            return answer.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Feedback(DeliveryOutcome.NO_FEEDBACK, "no acknowledgement of message " + messageId + " from IoT"
                    + " Hub " + hub + " within " + maxWait.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Feedback(DeliveryOutcome.NO_FEEDBACK, e.getCause().getMessage());
        } finally {
            waiting.remove(messageId, answer);
        }
    }

    private synchronized MessagingClient open() throws IotHubException, IOException, InterruptedException,
            TimeoutException {
        if (closed) {
            throw new IllegalStateException("the IoT Hub connection was closed: the profile changed");
        }
        if (feedback == null) {
            MessageFeedbackProcessorClient receiver = new MessageFeedbackProcessorClient(
                    clients.endpoint().messagingHost(), clients.credential(), IotHubServiceClientProtocol.AMQPS,
                    this::received, clients.feedbackOptions());
            receiver.start(OPEN_TIMEOUT_MILLIS);
            feedback = receiver;
        }
        if (messaging == null || !messaging.isOpen()) {
            MessagingClient client = clients.messaging();
            client.open(OPEN_TIMEOUT_MILLIS);
            messaging = client;
        }
        return messaging;
    }

    private AcknowledgementType received(FeedbackBatch batch) {
        for (FeedbackRecord record : batch.getRecords()) {
            CompletableFuture<Feedback> answer = waiting.get(record.getOriginalMessageId());
            if (answer != null) {
                answer.complete(feedback(record));
            }
        }
        return AcknowledgementType.COMPLETE;
    }

    private static Feedback feedback(FeedbackRecord record) {
        String description = record.getDescription() == null ? "" : record.getDescription();
        String at = record.getEnqueuedTimeUtc() == null ? "" : " at " + record.getEnqueuedTimeUtc().toInstant();
        return switch (record.getStatusCode()) {
            case success -> new Feedback(DeliveryOutcome.COMPLETED, "the device completed the message" + at);
            case rejected -> new Feedback(DeliveryOutcome.REJECTED, description.isEmpty()
                    ? "the device rejected the message" + at : description);
            case expired -> new Feedback(DeliveryOutcome.EXPIRED, "the message expired before the device took it");
            case deliveryCountExceeded -> new Feedback(DeliveryOutcome.EXPIRED, "the device abandoned the message"
                    + " too often, so the hub gave up delivering it");
            default -> new Feedback(DeliveryOutcome.NO_FEEDBACK, "IoT Hub sent an acknowledgement it did not"
                    + " explain: " + description);
        };
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
            if (feedback != null) {
                feedback.stop();
            }
            if (messaging != null) {
                messaging.close();
            }
        }
        waiting.values().forEach(answer -> answer.complete(new Feedback(DeliveryOutcome.NO_FEEDBACK, "the"
                + " connection to IoT Hub " + hub + " was closed (the connection profile changed or the console"
                + " stopped) before the device acknowledged the message")));
    }
}
