package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.connect.SqlSettings;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving the outbox, alerts and history to Azure SQL and back, with H2 in SQL Server mode standing in for the
 * server: nothing queued before a switch is lost, and a profile whose server cannot be used leaves them embedded.
 */
class StoreTargetsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.125Z");
    private static final SqlSettings AZURE = new SqlSettings("jdbc:sqlserver://contoso.database.windows.net:1433",
            "console", "secret");

    @TempDir
    Path workspace;

    private Database embedded;
    private StoreTargets targets;
    private RoutedOutbox outbox;

    @BeforeEach
    void open() {
        embedded = Database.open(workspace.resolve("db"));
        targets = new StoreTargets(embedded, Clock.fixed(NOW, ZoneOffset.UTC), HistorySettings.defaults(),
                settings -> SqlServerDialectOnH2Test.sqlServerLike(workspace.resolve("azure")));
        outbox = new RoutedOutbox(targets);
    }

    @AfterEach
    void close() {
        targets.close();
        embedded.close();
    }

    private static Fault raised(int number) {
        return Faults.raised(number, NOW.plusSeconds(number));
    }

    private static long depthOfAzure(Path folder) {
        try (Database azure = SqlServerDialectOnH2Test.sqlServerLike(folder)) {
            return new SqlFaultOutbox(azure, Clock.systemUTC()).depth();
        }
    }

    @Test
    void afterTheSwitchNewFaultsGoToAzureAndThoseQueuedBeforeAreStillDeliveredEachAckedWhereItCameFrom() {
        outbox.append(List.of(raised(1)));
        targets.use(AZURE);
        assertEquals("the database at H2 in SQL Server mode", targets.where());
        outbox.append(List.of(raised(2)));
        assertEquals(1, targets.embedded().outbox().depth());
        assertEquals(1, targets.current().outbox().depth());

        List<OutboxEntry> claimed = outbox.claim(10, NOW);
        assertEquals(List.of(raised(1), raised(2)), claimed.stream().map(OutboxEntry::fault).toList(),
                "the older, embedded fault first");
        assertNotEquals(claimed.get(0).id(), claimed.get(1).id(), "both databases numbered their entry 1");
        outbox.ack(claimed.get(1).id());
        assertEquals(1, outbox.depth(), "only the Azure entry left");
        outbox.ack(claimed.get(0).id());
        assertEquals(0, outbox.depth());
    }

    @Test
    void anEntryClaimedBeforeSwitchingBackStaysInAzureAndTheAckTouchesNothingEmbedded() {
        targets.use(AZURE);
        outbox.append(List.of(raised(1)));
        OutboxEntry fromAzure = outbox.claim(10, NOW).get(0);
        targets.use(null);
        outbox.append(List.of(raised(2)));

        outbox.ack(fromAzure.id());
        assertEquals(1, outbox.depth(), "the embedded entry 1 is not the Azure entry 1");
        assertEquals(raised(2), outbox.claim(10, NOW).get(0).fault());
        targets.close();
        assertEquals(1, depthOfAzure(workspace.resolve("azure")), "delivered when the console uses Azure again");
    }

    @Test
    void aFaultAzureCannotTakeIsKeptInTheEmbeddedOutbox() {
        targets.use(AZURE);
        targets.current().database().close();
        outbox.append(List.of(raised(3)));
        assertEquals(1, targets.embedded().outbox().depth());
        assertEquals(raised(3), targets.embedded().outbox().claim(10, NOW).get(0).fault());
    }

    @Test
    void anUnreachableServerLeavesEverythingEmbeddedWithOneSentenceSayingWhatToFix() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        List<String> told = new ArrayList<>();
        try (StoreTargets real = new StoreTargets(embedded, Clock.systemUTC(), HistorySettings.defaults(),
                SqlServerDatabase::connect); AutoCloseable listening = real.onChange(() -> told.add(real.problem()))) {
            real.use(new SqlSettings("jdbc:sqlserver://localhost:" + port + ";loginTimeout=5", "console", "x"));
            assertEquals(List.of(real.problem()), told, "told once, with the problem already set");
            assertEquals("the database in " + workspace.resolve("db").toAbsolutePath().normalize(), real.where());
            assertEquals("Azure SQL cannot be used: nothing accepts connections at localhost:" + port + ": check the"
                    + " host and port in the JDBC URL (SQL Server listens on 1433), that the server is running, and"
                    + " that no firewall blocks the port. The outbox, alerts and history stay in the embedded"
                    + " database until the profile is fixed.", real.problem());
            new RoutedOutbox(real).append(List.of(raised(4)));
            assertEquals(1, new RoutedOutbox(real).depth());
            real.use(null);
            assertEquals("", real.problem());
            assertEquals(List.of(told.get(0), ""), told);
        }
    }

    @Test
    void readingsAppendedWhileOnAzureAreWrittenThereBeforeSwitchingBack() {
        targets.use(AZURE);
        for (int i = 0; i < 50; i++) {
            targets.current().history().append(new Reading("pump-1", "Pump", NOW.plusSeconds(i),
                    Map.of("Pressure", 6.0)));
        }
        targets.use(null);
        assertEquals(0, targets.current().history().storedReadings());
        targets.close();
        try (Database azure = SqlServerDialectOnH2Test.sqlServerLike(workspace.resolve("azure"))) {
            assertEquals(50, azure.transaction("count the readings", new HistoryReads(azure.dialect())::storedReadings));
        }
    }

    @Test
    void alertListenersHearAlertsRecordedOnEitherDatabase() throws Exception {
        List<IotAlert> heard = new ArrayList<>();
        try (AutoCloseable subscription = targets.subscribe(heard::add)) {
            targets.current().alerts().record(raised(1));
            targets.use(AZURE);
            targets.current().alerts().record(raised(2));
        }
        assertEquals(List.of(raised(1).token(), raised(2).token()),
                heard.stream().map(IotAlert::faultToken).toList());
        assertTrue(targets.problem().isEmpty());
    }
}
