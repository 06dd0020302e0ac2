package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.devices.DeviceGateway.CallOutcome;
import org.connectedservice.core.devices.DeviceGateway.MethodResult;
import org.connectedservice.iothub.service.internal.LocalServiceHub.MethodAnswer;
import org.connectedservice.iothub.service.internal.LocalServiceHub.Reaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class HubMethodTest extends LocalHubTest {

    @BeforeEach
    void thermostat() {
        hub.twins().create("thermostat-01");
    }

    @Test
    void anAnsweredMethodCarriesTheDevicesStatusAndPayload() throws Exception {
        hub.answer("thermostat-01", new MethodAnswer(Reaction.ANSWER, 200, "{\"result\":\"interval set\"}"));

        MethodResult result = gateway.invokeMethod("thermostat-01", "setInterval", "{\"seconds\":5}",
                Duration.ofSeconds(30), Duration.ofSeconds(10));

        assertEquals(new MethodResult(CallOutcome.ANSWERED, 200, "{\"result\":\"interval set\"}"), result);
        JsonNode call = LocalTwins.JSON.readTree(hub.requests().getLast().body());
        assertEquals("setInterval", call.path("methodName").asText());
        assertEquals(30, call.path("responseTimeoutInSeconds").asInt());
        assertEquals(10, call.path("connectTimeoutInSeconds").asInt());
        assertEquals(5, call.path("payload").path("seconds").asInt(), "the payload goes as a JSON object");
    }

    @Test
    void aDeviceThatRefusesTheCommandIsAnsweredWithItsOwnStatus() throws Exception {
        hub.answer("thermostat-01", new MethodAnswer(Reaction.ANSWER, 400, "\"interval out of range\""));

        MethodResult result = gateway.invokeMethod("thermostat-01", "setInterval", "{\"seconds\":0}",
                Duration.ofSeconds(30), Duration.ofSeconds(0));

        assertEquals(CallOutcome.ANSWERED, result.outcome());
        assertEquals(false, result.succeeded());
        assertEquals("\"interval out of range\"", result.payload());
    }

    @Test
    void theFirstActivityAfterAnAnsweredRebootIsItsHeartbeat() throws Exception {
        SettableClock clock = new SettableClock(Instant.now());
        hub.twins().connect("thermostat-01", true, clock.instant().minusSeconds(60));
        hub.answer("thermostat-01", new MethodAnswer(Reaction.ANSWER, 200, "\"rebooting\""));
        try (HubGateway watching = HubGateway.connect(settings(hub.hostName(), LocalServiceHub.POLICY_KEY), null,
                clock)) {
            assertNull(watching.connections().get("thermostat-01").lastHeartbeat(), "activity before a reboot");

            watching.invokeMethod("thermostat-01", "reboot", "null", Duration.ofSeconds(30), Duration.ofSeconds(10));
            Instant back = clock.instant().plusMillis(500);
            hub.twins().connect("thermostat-01", true, back);
            clock.advance(HubRegistry.CONNECTIONS_MAX_AGE);

            assertEquals(back, watching.connections().get("thermostat-01").lastHeartbeat());
        }
    }

    @Test
    void aDeviceTheHubDoesNotKnowIsAnUnknownDevice() throws Exception {
        MethodResult result = gateway.invokeMethod("thermostat-99", "reboot", "null", Duration.ofSeconds(30),
                Duration.ofSeconds(10));

        assertEquals(CallOutcome.UNKNOWN_DEVICE, result.outcome());
        assertEquals(404, result.status());
        assertTrue(result.payload().contains("no device 'thermostat-99'"), result.payload());
    }

    @Test
    void aDeviceThatDoesNotConnectInTimeIsOffline() throws Exception {
        hub.answer("thermostat-01", new MethodAnswer(Reaction.OFFLINE, 0, null));

        MethodResult result = gateway.invokeMethod("thermostat-01", "reboot", "null", Duration.ofSeconds(30),
                Duration.ofSeconds(10));

        assertEquals(CallOutcome.OFFLINE, result.outcome());
        assertTrue(result.payload().contains("connect timeout of 10 s"), result.payload());
    }

    @Test
    void aDeviceThatDoesNotAnswerInTimeTimesOut() throws Exception {
        hub.answer("thermostat-01", new MethodAnswer(Reaction.HANG, 0, null));

        MethodResult result = gateway.invokeMethod("thermostat-01", "reboot", "null", Duration.ofMillis(1500),
                Duration.ZERO);

        assertEquals(CallOutcome.TIMED_OUT, result.outcome());
        assertEquals(504, result.status());
        JsonNode call = LocalTwins.JSON.readTree(hub.requests().getLast().body());
        assertEquals(5, call.path("responseTimeoutInSeconds").asInt(), "IoT Hub takes 5 s at least");
    }

    @Test
    void aWrongKeyFailsTheCallWithAClearMessage() throws Exception {
        try (HubGateway wrong = HubGateway.connect(settings(hub.hostName(), WRONG_KEY), null,
                java.time.Clock.systemUTC())) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> wrong.invokeMethod(
                    "thermostat-01", "reboot", "null", Duration.ofSeconds(30), Duration.ofSeconds(10)));
            assertTrue(failure.getMessage().contains("refused the shared access policy 'iothubowner'"),
                    failure.getMessage());
        }
    }
}
