package org.connectedservice.iothub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real device client over AMQP (proton-j, TLS): the simulated devices share one multiplexed connection to a
 * local hub that speaks IoT Hub's AMQP links ($cbs, messages/events, methods/devicebound, twin).
 */
class AmqpDeviceClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    static Path folder;

    private static TestCertificate certificate;
    private HubTestbed testbed;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(folder);
    }

    @BeforeEach
    void connect() throws Exception {
        testbed = new HubTestbed(certificate, 3);
        testbed.amqpHub.start();
        testbed.start(testbed.settings(DeviceProtocol.AMQP));
    }

    @AfterEach
    void disconnect() throws Exception {
        testbed.close();
    }

    @Test
    void theDevicesShareOneConnectionAndTheirTelemetryArrivesWithBodyAndProperties() throws Exception {
        LocalIotHub.Telemetry message = next("thermostat-02", WAIT_MILLIS);

        assertTrue(JSON.readTree(message.body()).path("Temperature").isNumber(), message.body());
        assertEquals("Thermostat", message.properties().get("DeviceType"));
        assertEquals("application/json", message.properties().get("$.ct"));
        assertTrue(message.properties().get("$.mid").startsWith("thermostat-02-"), message.properties().toString());
        assertEquals(Set.of("thermostat-01", "thermostat-02", "thermostat-03"),
                testbed.amqpHub.authenticatedDevices());
        assertEquals(1, testbed.amqpHub.openConnections(), "multiplexed");
        assertTrue(testbed.link.connectedTo().contains("over AMQP, 3 devices on 1 multiplexed connection"),
                testbed.link.connectedTo());
    }

    @Test
    void rebootIsAnsweredWith200AndFollowedByAHeartbeat() throws Exception {
        LocalIotHub.MethodResponse response = testbed.amqpHub.invokeMethod("thermostat-01", "reboot", "{}",
                Duration.ofSeconds(10));
        long answered = System.currentTimeMillis();

        assertEquals(200, response.status());
        assertTrue(response.body().contains("rebooting"), response.body());
        LocalIotHub.Telemetry heartbeat = null;
        while (heartbeat == null && System.currentTimeMillis() < answered + WAIT_MILLIS) {
            LocalIotHub.Telemetry message = next("thermostat-01", answered + WAIT_MILLIS - System.currentTimeMillis());
            heartbeat = message.body().contains("\"heartbeat\":true") ? message : null;
        }
        assertNotNull(heartbeat, "a heartbeat after the reboot");
        assertTrue(heartbeat.arrivedMillis() - answered >= HubTestbed.REBOOT_SILENCE.toMillis() - 300,
                "silent for " + (heartbeat.arrivedMillis() - answered) + " ms");
    }

    @Test
    void aDesiredPropertyPatchBecomesAReportedProperty() throws Exception {
        assertEquals("62", testbed.amqpHub.twins().awaitReported("thermostat-03", "setpoint", "62", WAIT_MILLIS));

        testbed.amqpHub.patchDesired("thermostat-03", "{\"setpoint\":66}");

        assertEquals("66", testbed.amqpHub.twins().awaitReported("thermostat-03", "setpoint", "66", WAIT_MILLIS));
    }

    @Test
    void aDeviceBackFromAnInjectedDisconnectSendsAgainAndAnswersMethodsOnTheSharedConnection() throws Exception {
        next("thermostat-02", WAIT_MILLIS);

        testbed.runner.fleet().inject(List.of("thermostat-02"),
                Injection.of(InjectionKind.DISCONNECT).lasting(Duration.ofSeconds(2)));
        Thread.sleep(2_500);
        testbed.amqpHub.telemetry().clear();

        next("thermostat-02", WAIT_MILLIS);
        LocalIotHub.MethodResponse shown = testbed.amqpHub.invokeMethod("thermostat-02", "displayMessage",
                "{\"message\":\"back\"}", Duration.ofSeconds(10));
        assertEquals(200, shown.status(), shown.body());
        assertEquals(1, testbed.amqpHub.openConnections(), "still one multiplexed connection");
    }

    private LocalIotHub.Telemetry next(String deviceId, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            LocalIotHub.Telemetry message = testbed.amqpHub.telemetry().poll(deadline - System.currentTimeMillis(),
                    TimeUnit.MILLISECONDS);
            if (message != null && message.deviceId().equals(deviceId)) {
                return message;
            }
        }
        throw new AssertionError("no telemetry from " + deviceId + " within " + waitMillis + " ms");
    }
}
