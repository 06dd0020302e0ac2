package org.connectedservice.devices.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinChange;
import org.connectedservice.core.devices.TwinCheck;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.devices.internal.commands.FakeHub;
import org.connectedservice.devices.internal.commands.MemoryRegistry;
import org.connectedservice.devices.internal.commands.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwinEditTest {

    private final FakeHub hub = new FakeHub(new TestClock(Instant.parse("2025-03-01T09:00:00Z")));
    private final RegistryManager registry = new RegistryManager(new MemoryRegistry(), hub,
            device -> { });
    private DeviceTwin opened;

    @BeforeEach
    void aTwinWithATagAndASetpoint() {
        hub.add("pump-01", null);
        hub.updateTwin("pump-01", new TwinPatch("{\"site\":\"North\"}",
                "{\"setpoint\":62,\"mode\":\"eco\"}", "*"));
        opened = registry.twin("pump-01");
    }

    @Test
    void anEditIsCheckedAsYouTypeWithTheLineAndColumnOfAMistake() {
        TwinCheck broken = registry.checkTwinEdit(opened, "{\"site\": \"North\",\n \"floor\" 3}", "[]");
        assertEquals(List.of("tags, line 2 column 10: Unexpected character ('3' (code 51)): was expecting a colon to"
                + " separate field name and value", "desired: must be a JSON object, like {\"name\": \"value\"}"),
                broken.problems());

        TwinCheck keys = registry.checkTwinEdit(opened, "{\"a.b\": 1}", "{\"$version\": 4}");
        assertEquals(List.of("tags: the key 'a.b' may not be empty or hold '.', '$' or spaces",
                "desired: the key '$version' may not be empty or hold '.', '$' or spaces"), keys.problems());
    }

    @Test
    void theDiffBeforeSendingListsEveryChangedProperty() {
        TwinCheck check = registry.checkTwinEdit(opened, "{\"site\":\"North\",\"owner\":{\"team\":\"B\"}}",
                "{\"setpoint\":65}");

        assertEquals(List.of(new TwinChange("tags", "owner", null, "{\"team\":\"B\"}"),
                new TwinChange("desired", "mode", "\"eco\"", null),
                new TwinChange("desired", "setpoint", "62", "65")), check.changes());
        assertEquals(true, check.sendable());
    }

    @Test
    void anEditAppliesWithTheEtagItWasMadeAgainst() {
        TwinUpdate update = registry.updateTwin(opened, opened.tags().json(), "{\"setpoint\":65,\"mode\":\"eco\"}");

        DeviceTwin applied = assertInstanceOf(TwinUpdate.Applied.class, update).twin();
        assertEquals("{\"setpoint\":65,\"mode\":\"eco\"}", applied.desired().json());
        assertEquals("nothing to send: the tags and desired properties are as the twin has them",
                assertInstanceOf(TwinUpdate.Refused.class, registry.updateTwin(applied, applied.tags().json(),
                        applied.desired().json())).message());
    }

    @Test
    void aConflictShowsTheOtherChangeAndOverwritesNothing() {
        DeviceTwin colleague = registry.twin("pump-01");
        registry.updateTwin(colleague, colleague.tags().json(), "{\"setpoint\":70,\"mode\":\"eco\"}");

        TwinUpdate mine = registry.updateTwin(opened, "{\"site\":\"South\"}", "{\"setpoint\":65,\"mode\":\"eco\"}");

        TwinUpdate.Conflict conflict = assertInstanceOf(TwinUpdate.Conflict.class, mine);
        assertEquals(List.of(new TwinChange("desired", "setpoint", "62", "70")), conflict.otherChanges());
        assertEquals("etag \"2\" is stale; nothing was written. Your edit is kept: reload to see the other change,"
                + " then apply yours again", conflict.message());
        DeviceTwin now = registry.twin("pump-01");
        assertEquals("{\"setpoint\":70,\"mode\":\"eco\"}", now.desired().json(), "the other change stands");
        assertEquals("{\"site\":\"North\"}", now.tags().json());
    }
}
