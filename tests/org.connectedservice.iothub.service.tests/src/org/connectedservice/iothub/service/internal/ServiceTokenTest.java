package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.junit.jupiter.api.Test;

class ServiceTokenTest extends LocalHubTest {

    @Test
    void theTokenIsRenewedBeforeItExpiresSoALongRunningConsoleKeepsWorking() throws Exception {
        hub.twins().create("thermostat-01");
        SettableClock clock = new SettableClock(Instant.now().minus(Duration.ofMinutes(55)));
        try (HubGateway longRunning = HubGateway.connect(settings(hub.hostName(), LocalServiceHub.POLICY_KEY), null,
                clock)) {
            assertEquals(List.of(new Device("thermostat-01", "thermostat-01", "", "")), longRunning.devices());
            String first = hub.requests().getLast().authorization();

            clock.advance(Duration.ofMinutes(55));
            assertEquals(1, longRunning.devices().size());
            String renewed = hub.requests().getLast().authorization();

            assertNotEquals(first, renewed);
            assertTrue(expiry(renewed) > expiry(first) + 50 * 60, "the new token lasts another hour");
        }
    }

    @Test
    void aTokenThatWasNotRenewedIsRefusedByTheHub() throws Exception {
        SettableClock clock = new SettableClock(Instant.now().minus(Duration.ofHours(2)));
        try (HubGateway stale = HubGateway.connect(settings(hub.hostName(), LocalServiceHub.POLICY_KEY), null,
                clock)) {
            assertThrows(IllegalStateException.class, stale::devices, "an expired token is refused, so renewing"
                    + " is what keeps the first test's second call working");
        }
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedBeforeAnythingIsSent() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> HubGateway.connect(
                settings(hub.hostName(), "not a key!"), null, java.time.Clock.systemUTC()));

        assertTrue(failure.getMessage().contains("not a base64 key"), failure.getMessage());
        assertTrue(hub.requests().isEmpty());
    }

    private static long expiry(String token) {
        for (String pair : token.split("&")) {
            if (pair.startsWith("se=")) {
                return Long.parseLong(pair.substring(3));
            }
        }
        throw new AssertionError("no se in " + token);
    }
}
