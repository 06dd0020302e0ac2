package org.connectedservice.simulator.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceGateway.DeliveryOutcome;
import org.connectedservice.core.devices.DeviceGateway.Enqueued;
import org.connectedservice.core.devices.DeviceGateway.Feedback;
import org.connectedservice.core.simulation.InjectionKind;
import org.junit.jupiter.api.Test;

class CloudToDeviceMessageTest {

    private static final Map<String, String> DISPLAY = Map.of(DeviceGateway.COMMAND_PROPERTY, "displayMessage");

    private final HubFixture f = new HubFixture();

    @Test
    void aConnectedDeviceTakesTheMessageAndCompletesIt() throws InterruptedException {
        Enqueued queued = f.hub.sendMessage("pump-01", "{\"message\":\"Filter due\"}", DISPLAY,
                Duration.ofSeconds(60));
        assertNull(queued.problem());

        Feedback feedback = f.hub.awaitFeedback(queued.messageId(), Duration.ofSeconds(70));

        assertEquals(new Feedback(DeliveryOutcome.COMPLETED, "pump-01 shows 'Filter due'"), feedback);
        assertEquals("Filter due", f.status("pump-01").displayMessage());
        assertTrue(f.elapsedSince(HubFixture.START.plusSeconds(2)).toMillis() <= 250, "taken at the hub's next look");
    }

    @Test
    void aMessageWaitsForADisconnectedDeviceAndExpiresIfItStaysAway() throws InterruptedException {
        f.inject("pump-01", InjectionKind.DISCONNECT, 45);

        Enqueued shortLived = f.hub.sendMessage("pump-01", "\"first\"", DISPLAY, Duration.ofSeconds(30));
        Enqueued longLived = f.hub.sendMessage("pump-01", "\"second\"", DISPLAY, Duration.ofSeconds(120));
        Feedback expired = f.hub.awaitFeedback(shortLived.messageId(), Duration.ofSeconds(40));
        Feedback delivered = f.hub.awaitFeedback(longLived.messageId(), Duration.ofSeconds(130));

        assertEquals(DeliveryOutcome.EXPIRED, expired.outcome());
        assertTrue(expired.detail().endsWith("before pump-01 took it"), expired.detail());
        assertEquals(new Feedback(DeliveryOutcome.COMPLETED, "pump-01 shows 'second'"), delivered);
        assertEquals("second", f.status("pump-01").displayMessage());
    }

    @Test
    void aMessageTheDeviceDoesNotUnderstandIsRejectedAndUnknownDevicesAreRefused() throws InterruptedException {
        Enqueued queued = f.hub.sendMessage("pump-02", "{}", Map.of(DeviceGateway.COMMAND_PROPERTY, "paint"),
                Duration.ofSeconds(60));
        Feedback feedback = f.hub.awaitFeedback(queued.messageId(), Duration.ofSeconds(5));

        assertEquals(DeliveryOutcome.REJECTED, feedback.outcome());
        assertTrue(feedback.detail().startsWith("404 pump-02 does not understand 'paint'"), feedback.detail());
        assertEquals(new Enqueued(null, "no device 'pump-7' in the simulated fleet"),
                f.hub.sendMessage("pump-7", "{}", DISPLAY, Duration.ofSeconds(60)));
    }

    @Test
    void noFeedbackWithinTheWaitIsSaidSo() throws InterruptedException {
        f.inject("pump-01", InjectionKind.DISCONNECT, 600);
        Enqueued queued = f.hub.sendMessage("pump-01", "\"later\"", DISPLAY, Duration.ofSeconds(300));

        Feedback feedback = f.hub.awaitFeedback(queued.messageId(), Duration.ofSeconds(10));

        assertEquals(new Feedback(DeliveryOutcome.NO_FEEDBACK, "no acknowledgement of message "
                + queued.messageId() + " within 10 s"), feedback);
    }
}
