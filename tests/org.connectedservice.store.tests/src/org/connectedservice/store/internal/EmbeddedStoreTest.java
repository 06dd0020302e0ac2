package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path workspace;

    private final ConsoleWorkspace workspaceFolder = () -> workspace;

    @Test
    void keepsOutboxAndAlertsInTheWorkspaceAcrossRestarts() {
        EmbeddedStore store = new EmbeddedStore(workspaceFolder);
        try {
            store.append(List.of(Faults.raised(1), Faults.raised(2)));
            OutboxEntry first = store.claim(1, Instant.now()).get(0);
            store.record(first.fault());
            store.ack(first.id());
        } finally {
            store.close();
        }
        assertTrue(Files.exists(workspace.resolve("db").resolve("console.mv.db")));

        EmbeddedStore restarted = new EmbeddedStore(workspaceFolder);
        try {
            assertEquals(1, restarted.depth());
            assertEquals(0, restarted.deadLettered());
            assertEquals(1, restarted.count());
            assertEquals(Faults.raised(1).token(), restarted.newest(10).get(0).faultToken());
            assertEquals(Faults.raised(2), restarted.claim(10, Instant.now()).get(0).fault());
        } finally {
            restarted.close();
        }
    }
}
