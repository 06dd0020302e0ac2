package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path workspace;

    private final ConsoleWorkspace workspaceFolder = () -> workspace;

    @Test
    void keepsOutboxAndAlertsInTheWorkspaceAcrossRestarts() {
        WorkspaceDatabase database = new WorkspaceDatabase(workspaceFolder);
        try {
            EmbeddedStore store = new EmbeddedStore(database);
            store.append(List.of(Faults.raised(1), Faults.raised(2)));
            OutboxEntry first = store.claim(1, Instant.now()).get(0);
            store.record(first.fault());
            store.ack(first.id());
        } finally {
            database.close();
        }
        assertTrue(Files.exists(workspace.resolve("db").resolve("console.mv.db")));

        WorkspaceDatabase reopened = new WorkspaceDatabase(workspaceFolder);
        try {
            EmbeddedStore restarted = new EmbeddedStore(reopened);
            assertEquals(1, restarted.depth());
            assertEquals(0, restarted.deadLettered());
            assertEquals(1, restarted.count());
            assertEquals(Faults.raised(1).token(), restarted.newest(10).get(0).faultToken());
            assertEquals(Faults.raised(2), restarted.claim(10, Instant.now()).get(0).fault());
        } finally {
            reopened.close();
        }
    }

    @Test
    void historyAndQuarantineShareTheWorkspaceDatabaseAndDeactivatingTheHistoryWritesWhatWasAppended() {
        Instant now = Instant.now();
        WorkspaceDatabase database = new WorkspaceDatabase(workspaceFolder);
        try {
            EmbeddedHistory history = new EmbeddedHistory(database);
            EmbeddedQuarantine quarantine = new EmbeddedQuarantine(database);
            for (int i = 0; i < 100; i++) {
                history.append(new Reading("thermostat-01", "Thermostat", now.minusSeconds(i),
                        Map.of("Temperature", 70.0 + i, "Humidity", 40.0)));
            }
            quarantine.add(new QuarantinedMessage(0, now, "replay.jsonl", "line 3: bad JSON", "{oops"));
            history.close();
        } finally {
            database.close();
        }

        WorkspaceDatabase reopened = new WorkspaceDatabase(workspaceFolder);
        try {
            EmbeddedHistory history = new EmbeddedHistory(reopened);
            assertEquals(200, history.storedReadings(), "100 readings of two measurements each");
            assertEquals(100, history.series("thermostat-01", "Temperature", now.minusSeconds(200),
                    now.plusSeconds(1)).size());
            EmbeddedQuarantine quarantine = new EmbeddedQuarantine(reopened);
            assertEquals(1, quarantine.count());
            assertEquals("{oops", quarantine.newest(5).get(0).raw());
            history.close();
        } finally {
            reopened.close();
        }
    }
}
