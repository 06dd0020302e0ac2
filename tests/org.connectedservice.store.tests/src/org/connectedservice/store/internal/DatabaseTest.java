package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path workspace;

    private final Clock clock = Clock.fixed(Faults.START, ZoneOffset.UTC);

    @Test
    void reopeningAnExistingDatabaseKeepsItsDataAndCreatingTheSchemaAgainIsHarmless() {
        Path folder = workspace.resolve("db");
        try (Database database = Database.open(folder)) {
            new SqlFaultOutbox(database, clock).append(List.of(Faults.raised(1)));
            database.transaction("create the schema a second time", connection -> {
                SchemaSetup.apply(connection, database.dialect(), Schema.steps(database.dialect()));
                return null;
            });
        }
        try (Database database = Database.open(folder)) {
            SqlFaultOutbox outbox = new SqlFaultOutbox(database, clock);
            assertEquals(1, outbox.depth());
            assertEquals(Faults.raised(1), outbox.claim(10, Faults.START).get(0).fault());
        }
    }

    @Test
    void createsMissingFoldersAndTheDatabaseFile() {
        Path folder = workspace.resolve("new workspace").resolve("db");
        try (Database database = Database.open(folder)) {
            assertEquals("in " + folder.toAbsolutePath().normalize(), database.location());
        }
        assertTrue(Files.exists(folder.resolve("console.mv.db")), "the database file is in the db folder");
    }

    @Test
    void aFolderNameH2CannotParseIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open(workspace.resolve("odd;name")));
        assertTrue(e.getMessage().contains("choose a workspace folder without ';'"), e.getMessage());
    }

    @Test
    void usingAClosedDatabaseSaysItIsClosed() {
        Database database = Database.open(workspace.resolve("db"));
        database.close();
        StoreException e = assertThrows(StoreException.class, () -> new SqlAlertStore(database).count());
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }

    @Test
    void closingReleasesTheFileForTheNextConsole() throws Exception {
        Path folder = workspace.resolve("db");
        Database.open(folder).close();
        try (FileChannel file = FileChannel.open(folder.resolve("console.mv.db"), StandardOpenOption.WRITE);
                FileLock lock = file.tryLock()) {
            assertNotNull(lock, "no lock is left on the database file");
        }
    }

    @Test
    @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
    void aDatabaseHeldByAnotherConsoleIsReportedWithAWayOut() throws Exception {
        Path folder = workspace.resolve("db");
        Path errorLog = workspace.resolve("child-errors.txt");
        Process other = ChildJvm.start(HoldingChild.class, errorLog, folder.toString());
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            assertTrue(line != null && line.startsWith("open "),
                    "the other console should have opened the database; it wrote " + line + " and "
                            + ChildJvm.errors(errorLog));

            DatabaseInUseException e = assertThrows(DatabaseInUseException.class, () -> Database.open(folder));
            assertEquals("another Connected Service Console is using " + folder.toAbsolutePath().normalize()
                    + "; close it or start with a different workspace", e.getMessage());

            other.getOutputStream().close();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other console closes when told to");
            try (Database database = Database.open(folder)) {
                assertEquals(0, new SqlAlertStore(database).count(), "the database opens once the other closed");
            }
        } finally {
            other.destroyForcibly();
        }
    }
}
