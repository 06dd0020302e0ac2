package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.SqlSettings;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores follow the saved connection profile, off the saving thread, which is the UI's. */
class StoreConnectionTest {

    /** Profiles kept in memory, telling listeners on the saving thread as the workspace's profile service does. */
    private static final class ProfilesInMemory implements ConnectionProfiles {

        private final List<Consumer<ConnectionProfile>> listeners = new CopyOnWriteArrayList<>();
        private volatile ConnectionProfile active = ConnectionProfile.embedded();

        @Override
        public ConnectionProfile active() {
            return active;
        }

        @Override
        public void save(ConnectionProfile profile) {
            active = profile;
            listeners.forEach(listener -> listener.accept(profile));
        }

        @Override
        public void addListener(Consumer<ConnectionProfile> listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(Consumer<ConnectionProfile> listener) {
            listeners.remove(listener);
        }
    }

    @TempDir
    Path workspace;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void aSavedProfileWithAnUnreachableServerIsReportedAndSavingTheEmbeddedOneClearsTheReport() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        ConnectionProfile azure = new ConnectionProfile("Connected", null, null,
                new SqlSettings("jdbc:sqlserver://localhost:" + port + ";loginTimeout=5", "console", "secret"));
        ProfilesInMemory profiles = new ProfilesInMemory();
        ConsoleWorkspace folder = () -> workspace;
        WorkspaceDatabase database = new WorkspaceDatabase(folder);
        StoreConnection connection = new StoreConnection(database);
        try {
            connection.bindProfiles(profiles);
            long started = System.nanoTime();
            profiles.save(azure);
            assertTrue(System.nanoTime() - started < 1_000_000_000L, "saving returns before the server is tried");
            StoreTargets targets = connection.targets();
            await(() -> !targets.problem().isEmpty(), "the unreachable server is reported");
            assertTrue(targets.problem().contains("nothing accepts connections at localhost:" + port),
                    targets.problem());
            assertTrue(targets.where().startsWith("the database in "), targets.where());

            profiles.save(ConnectionProfile.embedded());
            await(() -> targets.problem().isEmpty(), "the embedded profile clears the report");

            connection.unbindProfiles(profiles);
            profiles.save(azure);
            connection.close();
            assertEquals("", targets.problem(), "an unbound profile service is not followed");
        } finally {
            connection.close();
            database.close();
        }
    }
}
