package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class HubTwinTest extends LocalHubTest {

    private final Instant setpointChanged = Instant.parse("2026-02-01T08:00:00Z");

    @BeforeEach
    void thermostatWithATwin() throws Exception {
        hub.twins().create("thermostat-01");
        hub.twins().patch("thermostat-01", LocalTwins.JSON.readTree("{\"tags\":{\"deviceType\":\"Thermostat\"},"
                + "\"properties\":{\"desired\":{\"setpoint\":68,\"mode\":{\"fan\":\"auto\"}}}}"), null, setpointChanged);
        hub.twins().report("thermostat-01", "{\"setpoint\":67.5,\"firmware\":\"1.4.2\"}");
    }

    @Test
    void readsTagsDesiredAndReportedWithVersionsAndTimes() throws Exception {
        DeviceTwin twin = gateway.twin("thermostat-01").orElseThrow();

        assertEquals(hub.twins().etag("thermostat-01"), twin.etag());
        assertEquals("{\"deviceType\":\"Thermostat\"}", twin.tags().json());
        assertEquals(json("{\"setpoint\":68,\"mode\":{\"fan\":\"auto\"}}"), json(twin.desired().json()));
        assertTrue(twin.desired().json().contains("\"setpoint\":68"), "whole numbers stay whole");
        assertEquals(2, twin.desired().version());
        assertEquals(setpointChanged, twin.desired().updatedAt().get("setpoint"));
        assertEquals(setpointChanged, twin.desired().lastUpdated());
        assertEquals(json("{\"setpoint\":67.5,\"firmware\":\"1.4.2\"}"), json(twin.reported().json()));
        assertEquals(2, twin.reported().version());
    }

    @Test
    void aDeviceTheHubDoesNotKnowHasNoTwin() {
        assertEquals(Optional.empty(), gateway.twin("thermostat-99"));
    }

    @Test
    void aChangeMadeAgainstTheCurrentEtagIsAppliedWithIfMatch() throws Exception {
        DeviceTwin read = gateway.twin("thermostat-01").orElseThrow();

        TwinUpdate update = gateway.updateTwin("thermostat-01", new TwinPatch("{\"asset\":\"Building A\"}",
                "{\"setpoint\":70,\"mode\":null}", read.etag()));

        DeviceTwin after = assertInstanceOf(TwinUpdate.Applied.class, update).twin();
        assertEquals("{\"setpoint\":70}", after.desired().json(), "null removed mode");
        assertEquals(json("{\"deviceType\":\"Thermostat\",\"asset\":\"Building A\"}"), json(after.tags().json()));
        assertEquals("\"" + read.etag() + "\"", hub.requests().getLast().ifMatch());
        assertTrue(!after.etag().equals(read.etag()), "the etag moved with the change");
    }

    @Test
    void aChangeMadeAgainstAStaleEtagIsAConflictThatShowsTheOtherChangeAndWritesNothing() throws Exception {
        DeviceTwin read = gateway.twin("thermostat-01").orElseThrow();
        hub.twins().patch("thermostat-01", LocalTwins.JSON.readTree("{\"properties\":{\"desired\":{\"setpoint\":72}}}"),
                null, Instant.now());

        TwinUpdate update = gateway.updateTwin("thermostat-01", new TwinPatch(null, "{\"setpoint\":65}",
                read.etag()));

        TwinUpdate.Conflict conflict = assertInstanceOf(TwinUpdate.Conflict.class, update);
        assertTrue(conflict.current().desired().json().contains("\"setpoint\":72"), "the other change is shown");
        assertEquals(hub.twins().etag("thermostat-01"), conflict.current().etag());
        assertTrue(conflict.message().contains("changed in IoT Hub"), conflict.message());
        assertEquals(72, hub.twins().desired("thermostat-01").path("setpoint").asInt(), "ours was not written");
    }

    @Test
    void aChangeToADeviceTheHubDoesNotKnowIsRefusedWithWhatToDo() {
        TwinUpdate update = gateway.updateTwin("thermostat-99", new TwinPatch(null, "{\"setpoint\":65}", "*"));

        String message = assertInstanceOf(TwinUpdate.Refused.class, update).message();
        assertTrue(message.contains("no device 'thermostat-99'") && message.contains("register it"), message);
    }

    @Test
    void aWrongKeyRefusesTheChangeWithAClearMessage() throws Exception {
        try (HubGateway wrong = HubGateway.connect(settings(hub.hostName(), WRONG_KEY), null,
                java.time.Clock.systemUTC())) {
            TwinUpdate update = wrong.updateTwin("thermostat-01", new TwinPatch(null, "{\"setpoint\":65}", "*"));
            String message = assertInstanceOf(TwinUpdate.Refused.class, update).message();
            assertTrue(message.contains("policy name or its key is wrong"), message);
        }
        assertEquals(68, hub.twins().desired("thermostat-01").path("setpoint").asInt());
    }

    private static JsonNode json(String text) throws Exception {
        return LocalTwins.JSON.readTree(text);
    }
}
