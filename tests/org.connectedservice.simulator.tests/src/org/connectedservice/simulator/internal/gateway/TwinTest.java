package org.connectedservice.simulator.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.simulation.InjectionKind;
import org.junit.jupiter.api.Test;

class TwinTest {

    private final HubFixture f = new HubFixture();

    private DeviceTwin twin(String deviceId) {
        return f.hub.twin(deviceId).orElseThrow();
    }

    @Test
    void theReportedPropertiesAreWhatTheDeviceReports() {
        DeviceTwin twin = twin("pump-01");

        assertEquals("{\"firmware\":\"1.9.0\",\"impeller\":\"B-200\"}", twin.reported().json());
        assertEquals(1, twin.reported().version());
        assertEquals("{}", twin.desired().json());
        assertTrue(f.hub.twin("pump-9").isEmpty());
    }

    @Test
    void aDesiredPropertyReachesTheDeviceWhichReportsItBack() {
        DeviceTwin before = twin("pump-01");
        Instant sent = f.clock.instant();

        TwinUpdate update = f.hub.updateTwin("pump-01", new TwinPatch(null, "{\"setpoint\": 65}", before.etag()));

        DeviceTwin after = assertInstanceOf(TwinUpdate.Applied.class, update).twin();
        assertEquals("{\"setpoint\":65}", after.desired().json());
        assertEquals(1, after.desired().version());
        assertEquals(sent, after.desired().updatedAt().get("setpoint"));
        assertNotEquals(before.etag(), after.etag());
        f.pass(Duration.ofMillis(250));
        f.pass(Duration.ofMillis(250));
        DeviceTwin reported = twin("pump-01");
        assertEquals("{\"firmware\":\"1.9.0\",\"impeller\":\"B-200\",\"setpoint\":65}", reported.reported().json());
        assertEquals(2, reported.reported().version());
        assertEquals(after.etag(), reported.etag(), "a device reporting does not move the etag");
    }

    @Test
    void aDesiredPropertyForAnOfflineDeviceWaitsUntilItConnects() {
        f.inject("pump-02", InjectionKind.DISCONNECT, 20);
        f.hub.updateTwin("pump-02", new TwinPatch(null, "{\"firmware\": \"2.0.0\"}", TwinPatch.ANY));
        f.passSeconds(10);
        assertTrue(twin("pump-02").reported().json().contains("\"1.9.0\""), "not taken while disconnected");

        f.passSeconds(12);
        assertTrue(twin("pump-02").reported().json().contains("\"firmware\":\"2.0.0\""), twin("pump-02").reported()
                .json());
    }

    @Test
    void anEditAgainstAnOldEtagIsAConflictAndChangesNothing() {
        DeviceTwin read = twin("pump-01");
        f.hub.updateTwin("pump-01", new TwinPatch("{\"site\": \"North\"}", null, read.etag()));

        TwinUpdate late = f.hub.updateTwin("pump-01", new TwinPatch("{\"site\": \"South\"}", null, read.etag()));

        TwinUpdate.Conflict conflict = assertInstanceOf(TwinUpdate.Conflict.class, late);
        assertEquals("{\"site\":\"North\"}", conflict.current().tags().json());
        assertTrue(conflict.message().startsWith("the twin of pump-01 changed since it was read"), conflict.message());
        assertEquals("{\"site\":\"North\"}", twin("pump-01").tags().json());
    }

    @Test
    void tagsMergeAsAPatchWhereNullRemoves() {
        f.hub.updateTwin("pump-01", new TwinPatch("{\"site\": {\"building\": \"A\", \"floor\": 2}, \"owner\": \"x\"}",
                null, TwinPatch.ANY));
        f.hub.updateTwin("pump-01", new TwinPatch("{\"site\": {\"floor\": 3}, \"owner\": null}", null,
                TwinPatch.ANY));

        assertEquals("{\"site\":{\"building\":\"A\",\"floor\":3}}", twin("pump-01").tags().json());
        assertEquals(new TwinUpdate.Refused("the patch of the tags must be a JSON object, like {\"name\": 1}"),
                f.hub.updateTwin("pump-01", new TwinPatch("[1]", null, TwinPatch.ANY)));
    }
}
