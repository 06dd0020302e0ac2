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

class ConsoleStoreTest {

    @TempDir
    Path workspace;

    private final ConsoleWorkspace workspaceFolder = () -> workspace;

    @Test
    void keepsOutboxAndAlertsInTheWorkspaceAcrossRestarts() {
        WorkspaceDatabase database = new WorkspaceDatabase(workspaceFolder);
        StoreConnection connection = new StoreConnection(database);
        try {
            ConsoleStore store = new ConsoleStore(connection);
            store.append(List.of(Faults.raised(1), Faults.raised(2)));
            OutboxEntry first = store.claim(1, Instant.now()).get(0);
            store.record(first.fault());
            store.ack(first.id());
        } finally {
            connection.close();
            database.close();
        }
        assertTrue(Files.exists(workspace.resolve("db").resolve("console.mv.db")));

        WorkspaceDatabase reopened = new WorkspaceDatabase(workspaceFolder);
        StoreConnection reconnected = new StoreConnection(reopened);
        try {
            ConsoleStore restarted = new ConsoleStore(reconnected);
            assertEquals(1, restarted.depth());
            assertEquals(0, restarted.deadLettered());
            assertEquals(1, restarted.count());
            assertEquals(Faults.raised(1).token(), restarted.newest(10).get(0).faultToken());
            assertEquals(Faults.raised(2), restarted.claim(10, Instant.now()).get(0).fault());
        } finally {
            reconnected.close();
            reopened.close();
        }
    }

    @Test
    void historyAndQuarantineShareTheWorkspaceDatabaseAndDeactivatingTheStoresWritesWhatWasAppended() {
        Instant now = Instant.now();
        WorkspaceDatabase database = new WorkspaceDatabase(workspaceFolder);
        try {
            StoreConnection connection = new StoreConnection(database);
            ConsoleHistory history = new ConsoleHistory(connection);
            EmbeddedQuarantine quarantine = new EmbeddedQuarantine(database);
            for (int i = 0; i < 100; i++) {
                history.append(new Reading("thermostat-01", "Thermostat", now.minusSeconds(i),
                        Map.of("Temperature", 70.0 + i, "Humidity", 40.0)));
            }
            quarantine.add(new QuarantinedMessage(0, now, "replay.jsonl", "line 3: bad JSON", "{oops"));
            connection.close();
        } finally {
            database.close();
        }

        WorkspaceDatabase reopened = new WorkspaceDatabase(workspaceFolder);
        try {
            StoreConnection connection = new StoreConnection(reopened);
            ConsoleHistory history = new ConsoleHistory(connection);
            assertEquals(200, history.storedReadings(), "100 readings of two measurements each");
            assertEquals(100, history.series("thermostat-01", "Temperature", now.minusSeconds(200),
                    now.plusSeconds(1)).size());
            EmbeddedQuarantine quarantine = new EmbeddedQuarantine(reopened);
            assertEquals(1, quarantine.count());
            assertEquals("{oops", quarantine.newest(5).get(0).raw());
            connection.close();
        } finally {
            reopened.close();
        }
    }
}
