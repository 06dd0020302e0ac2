package org.connectedservice.iothub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real Azure device client (iot-device-client over Paho MQTT, TLS) drives simulated thermostats through a local
 * hub that speaks IoT Hub's MQTT topics: telemetry up, direct methods and desired properties down.
 */
class MqttDeviceClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    static Path folder;

    private static TestCertificate certificate;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(folder);
    }

    private HubTestbed testbed;

    @BeforeEach
    void connect() throws Exception {
        testbed = new HubTestbed(certificate, 3);
        testbed.hub.start();
        testbed.start(testbed.settings(DeviceProtocol.MQTT));
    }

    @AfterEach
    void disconnect() throws Exception {
        testbed.close();
    }

    @Test
    void telemetryArrivesOnTheEventsTopicWithBodyAndPropertiesAndAlsoReachesTheEmbeddedEngine() throws Exception {
        LocalIotHub.Telemetry message = next("thermostat-01", WAIT_MILLIS);

        JsonNode body = JSON.readTree(message.body());
        assertTrue(body.path("Temperature").isNumber(), message.body());
        assertTrue(body.path("Humidity").isNumber(), message.body());
        assertEquals("Thermostat", message.properties().get("DeviceType"));
        assertEquals("application/json", message.properties().get("$.ct"));
        assertEquals("utf-8", message.properties().get("$.ce"));
        assertTrue(message.properties().get("$.mid").startsWith("thermostat-01-"), message.properties().toString());
        assertTrue(testbed.embedded.stream().anyMatch(r -> r instanceof Reading reading
                && reading.deviceId().equals("thermostat-01")), "the embedded engine still gets the readings");
        assertEquals(Set.of("thermostat-01", "thermostat-02", "thermostat-03"), testbed.hub.connectedDevices());
        assertTrue(testbed.link.connectedTo().contains("over MQTT, 3 devices"), testbed.link.connectedTo());
    }

    @Test
    void rebootIsAnsweredWith200ThenTheDeviceIsSilentAndSendsAHeartbeat() throws Exception {
        next("thermostat-02", WAIT_MILLIS);

        LocalIotHub.MethodResponse response = testbed.hub.invokeMethod("thermostat-02", "reboot", "{}",
                Duration.ofSeconds(10));
        long answered = System.currentTimeMillis();

        assertEquals(200, response.status());
        assertTrue(response.body().contains("rebooting"), response.body());
        List<LocalIotHub.Telemetry> afterAnswer = new ArrayList<>();
        LocalIotHub.Telemetry heartbeat = null;
        long deadline = answered + WAIT_MILLIS;
        while (heartbeat == null && System.currentTimeMillis() < deadline) {
            LocalIotHub.Telemetry message = next("thermostat-02", deadline - System.currentTimeMillis());
            if (message.body().contains("\"heartbeat\":true")) {
                heartbeat = message;
            } else {
                afterAnswer.add(message);
            }
        }
        assertNotNull(heartbeat, "a heartbeat after the reboot");
        long silence = heartbeat.arrivedMillis() - answered;
        assertTrue(silence >= HubTestbed.REBOOT_SILENCE.toMillis() - 300, "silent for " + silence + " ms");
        // a reading already on its way when the method came may still land; none after that
        assertTrue(afterAnswer.stream().allMatch(m -> m.arrivedMillis() - answered < 300),
                afterAnswer.size() + " readings during the reboot");
        assertTrue(heartbeat.body().contains("\"reason\":\"reboot\""), heartbeat.body());
    }

    @Test
    void displayMessageAndSetIntervalChangeTheDeviceAndAnUnknownMethodIs404() throws Exception {
        LocalIotHub.MethodResponse shown = testbed.hub.invokeMethod("thermostat-01", "displayMessage",
                "{\"message\":\"Filter due\"}", Duration.ofSeconds(10));
        LocalIotHub.MethodResponse interval = testbed.hub.invokeMethod("thermostat-01", "setInterval", "5",
                Duration.ofSeconds(10));
        LocalIotHub.MethodResponse unknown = testbed.hub.invokeMethod("thermostat-01", "selfDestruct", "{}",
                Duration.ofSeconds(10));

        assertEquals(200, shown.status());
        assertEquals(200, interval.status());
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("does not understand"), unknown.body());
        DeviceStatus status = testbed.runner.fleet().statuses().get(0);
        assertEquals("Filter due", status.displayMessage());
        assertEquals(Duration.ofSeconds(5), status.interval());
    }

    @Test
    void aDesiredPropertyPatchBecomesAReportedProperty() throws Exception {
        assertEquals("\"2.4.1\"", testbed.hub.twins().awaitReported("thermostat-03", "firmware", "\"2.4.1\"",
                WAIT_MILLIS), "the model's reported properties are reported on connect");

        testbed.hub.patchDesired("thermostat-03", "{\"setpoint\":65,\"mode\":\"eco\"}");

        assertEquals("65", testbed.hub.twins().awaitReported("thermostat-03", "setpoint", "65", WAIT_MILLIS));
        assertEquals("\"eco\"", testbed.hub.twins().awaitReported("thermostat-03", "mode", "\"eco\"", WAIT_MILLIS));
        assertEquals("eco", testbed.runner.fleet().reported("thermostat-03").get("mode"));
    }

    @Test
    void anInjectedDisconnectClosesThatDevicesConnectionAndItsHeldBackTelemetryArrivesAfterItReconnects()
            throws Exception {
        next("thermostat-02", WAIT_MILLIS);

        testbed.runner.fleet().inject(List.of("thermostat-02"),
                Injection.of(InjectionKind.DISCONNECT).lasting(Duration.ofSeconds(3)));

        awaitConnected(Set.of("thermostat-01", "thermostat-03"));
        long offlineFrom = System.currentTimeMillis();
        testbed.hub.telemetry().clear();
        next("thermostat-01", WAIT_MILLIS);
        awaitConnected(Set.of("thermostat-01", "thermostat-02", "thermostat-03"));
        LocalIotHub.Telemetry afterwards = next("thermostat-02", WAIT_MILLIS);
        assertTrue(afterwards.arrivedMillis() > offlineFrom, "telemetry from thermostat-02 after it reconnected");
        assertEquals(200, testbed.hub.invokeMethod("thermostat-02", "displayMessage", "{\"message\":\"back\"}",
                Duration.ofSeconds(10)).status(), "it listens for direct methods again");
    }

    private void awaitConnected(Set<String> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!testbed.hub.connectedDevices().equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, testbed.hub.connectedDevices(), "devices connected to the hub");
    }

    private LocalIotHub.Telemetry next(String deviceId, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            LocalIotHub.Telemetry message = testbed.hub.telemetry().poll(deadline - System.currentTimeMillis(),
                    TimeUnit.MILLISECONDS);
            if (message != null && message.deviceId().equals(deviceId)) {
                return message;
            }
        }
        throw new AssertionError("no telemetry from " + deviceId + " within " + waitMillis + " ms");
    }
}
