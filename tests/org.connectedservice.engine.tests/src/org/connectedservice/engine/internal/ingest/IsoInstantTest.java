package org.connectedservice.engine.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @Test
    void readsTheShapesEventHubsAndDevicesWrite() {
        for (String text : new String[] { "2024-05-01T12:00:00Z", "2024-05-01T12:00:00.5Z",
                "2024-05-01T12:00:00.1234567Z", "2024-05-01T12:00:00.123456789Z", "2024-02-29T23:59:59.999Z" }) {
            assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
        }
        assertEquals(Instant.parse("2024-05-01T10:30:00Z"), IsoInstant.parse("2024-05-01T12:00:00+01:30"));
        assertEquals(Instant.parse("2024-05-01T17:00:00Z"), IsoInstant.parse("2024-05-01T12:00:00-0500"));
        assertEquals(Instant.parse("2024-05-01T12:00:00Z"), IsoInstant.parse("2024-05-01t12:00:00z"));
        assertEquals(Instant.parse("2024-05-01T12:00:00Z"), IsoInstant.parse("2024-05-01T14:00:00+02:00:00"));
    }

    @Test
    void rejectsTimesWithoutZoneAndImpossibleDates() {
        for (String text : new String[] { "2024-05-01T12:00:00", "2024-02-30T12:00:00Z", "2024-05-01T24:00:00Z",
                "2024-05-01 12:00:00Z", "1714564800", "", "2024-05-01T12:00:00+1" }) {
            assertNull(IsoInstant.parse(text), text);
        }
    }
}
