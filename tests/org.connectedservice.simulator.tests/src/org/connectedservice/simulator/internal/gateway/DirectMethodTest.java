package org.connectedservice.simulator.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.DeviceGateway.CallOutcome;
import org.connectedservice.core.devices.DeviceGateway.MethodResult;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.simulation.InjectionKind;
import org.junit.jupiter.api.Test;

class DirectMethodTest {

    private static final Duration RESPONSE = Duration.ofSeconds(30);
    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final HubFixture f = new HubFixture();

    @Test
    void aRebootIsAnsweredThenTheDeviceIsOfflineUntilItsHeartbeat() throws InterruptedException {
        assertEquals(ConnectionState.CONNECTED, f.connection("pump-01").state());
        assertNotNull(f.connection("pump-01").lastActivity(), "a sending device shows its last activity");
        Instant asked = f.clock.instant();

        MethodResult result = f.hub.invokeMethod("pump-01", "reboot", "null", RESPONSE, CONNECT);

        assertEquals(new MethodResult(CallOutcome.ANSWERED, 200,
                "\"pump-01 is rebooting: silent for 30 s, then it sends a heartbeat\""), result);
        assertEquals(HubFixture.LATENCY, f.elapsedSince(asked), "the answer takes the hub's round trip");
        assertEquals(ConnectionState.DISCONNECTED, f.connection("pump-01").state());
        assertNull(f.connection("pump-01").lastHeartbeat());

        f.passSeconds(29);
        assertEquals(ConnectionState.DISCONNECTED, f.connection("pump-01").state(), "still silent after 29 s");
        f.passSeconds(2);
        assertEquals(ConnectionState.CONNECTED, f.connection("pump-01").state());
        Instant heartbeat = f.connection("pump-01").lastHeartbeat();
        assertNotNull(heartbeat, "the hub saw the heartbeat");
        assertTrue(Duration.between(asked, heartbeat).toSeconds() >= 30, "heartbeat at " + heartbeat);
        assertNull(f.connection("pump-02").lastHeartbeat(), "pump-02 never rebooted");
    }

    @Test
    void aMethodForARebootingDeviceWaitsForItToConnectWithinTheConnectTimeout() throws InterruptedException {
        f.hub.invokeMethod("pump-01", "reboot", "null", RESPONSE, CONNECT);
        Instant asked = f.clock.instant();

        MethodResult offline = f.hub.invokeMethod("pump-01", "setInterval", "5", RESPONSE, CONNECT);
        assertEquals(new MethodResult(CallOutcome.OFFLINE, 404,
                "\"pump-01 is offline: it did not connect within the connect timeout of 10 s\""), offline);
        assertEquals(CONNECT, f.elapsedSince(asked));

        MethodResult waited = f.hub.invokeMethod("pump-01", "setInterval", "5", RESPONSE, Duration.ofSeconds(60));
        assertEquals(new MethodResult(CallOutcome.ANSWERED, 200, "\"pump-01 now sends every 5 s\""), waited);
        assertEquals(Duration.ofSeconds(5), f.status("pump-01").interval());
        long seconds = f.elapsedSince(asked).toSeconds();
        assertTrue(seconds >= 30 && seconds < 33, "answered once back from the reboot, after " + seconds + " s");
    }

    @Test
    void aConnectedDeviceThatHangsTimesOutAfterTheResponseTimeout() throws InterruptedException {
        f.inject("pump-02", InjectionKind.DROPOUT, 120);
        Instant asked = f.clock.instant();

        MethodResult result = f.hub.invokeMethod("pump-02", "displayMessage", "\"hello\"", Duration.ofSeconds(5),
                CONNECT);

        assertEquals(new MethodResult(CallOutcome.TIMED_OUT, 504,
                "\"pump-02 did not answer within the response timeout of 5 s\""), result);
        assertEquals(Duration.ofSeconds(5), f.elapsedSince(asked));
        assertEquals("", f.status("pump-02").displayMessage(), "the hung device never took the command");
    }

    @Test
    void theDevicesOwnRefusalComesBackAsItsAnswer() throws InterruptedException {
        MethodResult result = f.hub.invokeMethod("pump-01", "selfDestruct", "null", RESPONSE, CONNECT);

        assertEquals(CallOutcome.ANSWERED, result.outcome());
        assertEquals(404, result.status());
        assertTrue(result.payload().contains("does not understand 'selfDestruct'"), result.payload());
        assertTrue(!result.succeeded());
    }

    @Test
    void unknownDevicesAndAStoppedSimulatorAreToldApart() throws InterruptedException {
        assertEquals(new MethodResult(CallOutcome.UNKNOWN_DEVICE, 404,
                "\"no device 'pump-9' in the simulated fleet\""),
                f.hub.invokeMethod("pump-9", "reboot", "null", RESPONSE, CONNECT));
        assertTrue(f.hub.register(RegisteredDevice.of("pump-9", "", "Pump", null, RegistrationStatus.UNREGISTERED))
                .orElseThrow().startsWith("no device 'pump-9' in the simulated fleet; the simulated hub registers"));
        assertTrue(f.hub.register(RegisteredDevice.of("pump-01", "", "Pump", null, RegistrationStatus.UNREGISTERED))
                .isEmpty());

        f.devices.running = false;
        f.hub.poll();
        assertEquals(ConnectionState.DISCONNECTED, f.connection("pump-01").state());
        assertEquals(CallOutcome.OFFLINE, f.hub.invokeMethod("pump-01", "reboot", "null", RESPONSE, CONNECT)
                .outcome());
    }
}
