package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.qpid.proton.amqp.messaging.Accepted;
import org.connectedservice.core.devices.DeviceGateway.DeliveryOutcome;
import org.connectedservice.core.devices.DeviceGateway.Enqueued;
import org.connectedservice.core.devices.DeviceGateway.Feedback;
import org.connectedservice.iothub.service.internal.LocalMessagingHub.Sent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cloud-to-device messages over AMQPS. The SDK always dials port 5671, so each run's messaging hub listens on a
 * random one of Linux's 127.0.0.0/8 addresses: builds testing at once on one machine do not meet.
 */
class HubMessagesTest extends LocalHubTest {

    private static final Map<String, String> DISPLAY = Map.of("command", "displayMessage");

    private String address;
    private LocalMessagingHub messaging;
    private HubGateway messagingGateway;

    @BeforeEach
    void startMessagingHub() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        messaging = new LocalMessagingHub(certificate.serverContext(), InetAddress.getByName(address),
                LocalServiceHub.POLICY_KEY).start();
        messaging.register("thermostat-01");
        messagingGateway = HubGateway.connect(settings(address, LocalServiceHub.POLICY_KEY),
                certificate.clientContext(), Clock.systemUTC());
    }

    @AfterEach
    void stopMessagingHub() throws Exception {
        messagingGateway.close();
        messaging.close();
    }

    @Test
    void aMessageIsQueuedWithItsExpiryAndFullAcknowledgementAndTheDevicesCompletionArrives() throws Exception {
        Enqueued enqueued = messagingGateway.sendMessage("thermostat-01", "{\"message\":\"Filter due\"}", DISPLAY,
                Duration.ofMinutes(5));

        assertNotNull(enqueued.messageId(), enqueued.problem());
        Sent sent = messaging.sent().poll(10, TimeUnit.SECONDS);
        assertEquals(enqueued.messageId(), sent.messageId());
        assertEquals("{\"message\":\"Filter due\"}", sent.body());
        assertEquals("displayMessage", sent.properties().get("command"));
        assertEquals("full", sent.properties().get("iothub-ack"));
        long expiresIn = sent.expiry().getTime() - System.currentTimeMillis();
        assertTrue(expiresIn > 240_000 && expiresIn <= 300_000, "expires in " + expiresIn + " ms");

        messaging.feedback(sent, "Success", "Success");
        Feedback feedback = messagingGateway.awaitFeedback(enqueued.messageId(), Duration.ofSeconds(10));

        assertEquals(DeliveryOutcome.COMPLETED, feedback.outcome(), feedback.detail());
        assertInstanceOf(Accepted.class, messaging.feedbackSettled().poll(10, TimeUnit.SECONDS),
                "the feedback batch is completed, so the hub does not send it again");
    }

    @Test
    void aRejectedOrExpiredMessageIsReportedAsSuch() throws Exception {
        Enqueued rejected = messagingGateway.sendMessage("thermostat-01", "{}", DISPLAY, Duration.ofMinutes(5));
        messaging.feedback(messaging.sent().poll(10, TimeUnit.SECONDS), "Rejected", "Message rejected");
        Enqueued expired = messagingGateway.sendMessage("thermostat-01", "{}", DISPLAY, Duration.ofSeconds(10));
        messaging.feedback(messaging.sent().poll(10, TimeUnit.SECONDS), "Expired", "Message expired");

        assertEquals(DeliveryOutcome.REJECTED, messagingGateway.awaitFeedback(rejected.messageId(),
                Duration.ofSeconds(10)).outcome());
        assertEquals(DeliveryOutcome.EXPIRED, messagingGateway.awaitFeedback(expired.messageId(),
                Duration.ofSeconds(10)).outcome());
    }

    @Test
    void noAcknowledgementInTheTimeWaitedSaysSo() throws Exception {
        Enqueued enqueued = messagingGateway.sendMessage("thermostat-01", "{}", DISPLAY, Duration.ofMinutes(5));

        Feedback feedback = messagingGateway.awaitFeedback(enqueued.messageId(), Duration.ofMillis(300));

        assertEquals(DeliveryOutcome.NO_FEEDBACK, feedback.outcome());
        assertTrue(feedback.detail().contains("no acknowledgement of message " + enqueued.messageId()),
                feedback.detail());
    }

    @Test
    void aDeviceTheHubDoesNotKnowIsNamedAndNothingIsQueued() {
        Enqueued enqueued = messagingGateway.sendMessage("thermostat-99", "{}", DISPLAY, Duration.ofMinutes(5));

        assertNull(enqueued.messageId());
        assertTrue(enqueued.problem().contains("no device 'thermostat-99'"), enqueued.problem());
    }

    @Test
    void aWrongKeyIsRefusedWithAClearMessage() throws Exception {
        try (HubGateway wrong = HubGateway.connect(settings(address, WRONG_KEY), certificate.clientContext(),
                Clock.systemUTC())) {
            Enqueued enqueued = wrong.sendMessage("thermostat-01", "{}", DISPLAY, Duration.ofMinutes(5));

            assertNull(enqueued.messageId());
            assertTrue(enqueued.problem().contains("refused the shared access policy 'iothubowner'"),
                    enqueued.problem());
        }
        assertTrue(messaging.sent().isEmpty());
    }
}
