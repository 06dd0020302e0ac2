package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.QuarantinedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlQuarantineStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.5Z");

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock(T0);
    private Database database;
    private SqlQuarantineStore quarantine;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        quarantine = new SqlQuarantineStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aQuarantinedMessageKeepsItsReasonAndTheWholeRawTextAcrossARestart() {
        String raw = "{\"deviceId\":\"pump-1\",\"body\":\"" + "x".repeat(200_000) + "\"}";
        QuarantinedMessage stored = quarantine.add(new QuarantinedMessage(0, T0, "replay.jsonl",
                "line 17: non-numeric reading: Pressure is \"high\"", raw));
        assertNotEquals(0, stored.id(), "the id is assigned by the store");
        database.close();

        database = Database.open(workspace.resolve("db"));
        quarantine = new SqlQuarantineStore(database, clock);
        assertEquals(List.of(stored), quarantine.newest(10));
        assertEquals(1, quarantine.count());
    }

    @Test
    void newestListsTheLatestReceivedFirstAndStampsMessagesWithoutATime() {
        QuarantinedMessage older = quarantine.add(new QuarantinedMessage(0, T0.minusSeconds(60), "event-hub",
                "bad JSON", "{"));
        QuarantinedMessage undated = quarantine.add(new QuarantinedMessage(0, null, "event-hub",
                "missing deviceId", "{}"));
        QuarantinedMessage sameTime = quarantine.add(new QuarantinedMessage(0, T0, "event-hub", "bad timestamp",
                "{\"enqueuedTime\":\"yesterday\"}"));

        assertEquals(T0, undated.receivedAt());
        assertEquals(List.of(sameTime, undated, older), quarantine.newest(10), "same time: the later one first");
        assertEquals(List.of(sameTime, undated), quarantine.newest(2));
        assertEquals(List.of(), quarantine.newest(0));
        assertEquals(3, quarantine.count());
    }
}
