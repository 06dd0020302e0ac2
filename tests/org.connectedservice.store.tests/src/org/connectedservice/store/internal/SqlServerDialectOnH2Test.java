package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No SQL Server runs here, so the SQL Server dialect's own statements (schema, batches, claims, buckets, chunked
 * deletes) run on H2 in its SQL Server mode, which reads that syntax. SQL Server keeps times to 100 ns, hence
 * faults timed to the millisecond.
 */
class SqlServerDialectOnH2Test {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.125Z");

    @TempDir
    Path workspace;

    private Database database;

    static Database sqlServerLike(Path folder) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("azure") + ";MODE=MSSQLServer");
        source.setUser("sa");
        source.setPassword("");
        return Database.connect(source, SqlDialect.SQL_SERVER, "at H2 in SQL Server mode", SQLException::getMessage);
    }

    @BeforeEach
    void open() {
        database = sqlServerLike(workspace);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Fault raised(int number) {
        return Faults.raised(number, NOW.plusSeconds(number));
    }

    @Test
    void theSchemaIsCreatedOnceAndOpeningAgainKeepsTheData() {
        new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC)).append(List.of(raised(1)));
        database.close();
        database = sqlServerLike(workspace);
        assertEquals(1, new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC)).depth());
    }

    @Test
    void theOutboxAppendsClaimsAcksRetriesAndDeadLettersAsOnSqlServer() {
        SqlFaultOutbox outbox = new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC), 2);
        outbox.append(List.of(raised(1), raised(2), raised(3)));
        outbox.append(List.of(raised(2)));
        assertEquals(3, outbox.depth(), "appending a fault again changes nothing");

        List<OutboxEntry> claimed = outbox.claim(2, NOW);
        assertEquals(List.of(raised(1), raised(2)), claimed.stream().map(OutboxEntry::fault).toList());
        assertEquals(List.of(raised(3)), outbox.claim(5, NOW).stream().map(OutboxEntry::fault).toList(),
                "claimed entries are leased to their consumer");
        outbox.ack(claimed.get(0).id());
        outbox.fail(claimed.get(1).id(), "Dynamics said 503", NOW);
        assertEquals(2, outbox.depth());

        List<OutboxEntry> retried = outbox.claim(5, NOW.plus(Duration.ofHours(1)));
        assertEquals(List.of(raised(2), raised(3)), retried.stream().map(OutboxEntry::fault).toList());
        assertEquals(1, retried.get(0).attempts());
        outbox.fail(retried.get(0).id(), "Dynamics said 503 again", NOW.plus(Duration.ofHours(1)));
        assertEquals(1, outbox.deadLettered());
        assertEquals(1, outbox.resubmitDeadLetters());
        assertEquals(0, outbox.deadLettered());
    }

    @Test
    void alertsAreRecordedClearedAndListedNewestFirst() {
        SqlAlertStore alerts = new SqlAlertStore(database);
        IotAlert first = alerts.record(raised(1));
        alerts.record(raised(2));
        assertEquals(first, alerts.record(raised(1)), "the same fault makes no second alert");
        IotAlert cleared = alerts.record(Faults.clearedOf(raised(1), NOW.plusSeconds(30)));
        assertEquals(AlertStatus.CLEARED, cleared.status());
        assertEquals(2, alerts.count());
        assertEquals(List.of(raised(2).token()), alerts.newest(1).stream().map(IotAlert::faultToken).toList());
        assertNull(alerts.record(Faults.clearedOf(raised(9), NOW)), "a clear without its raise waits");
    }

    @Test
    void theHistoryWritesBucketsListsAndExpiresAsOnSqlServer() {
        TestClock clock = new TestClock(NOW);
        HistorySettings settings = new HistorySettings(Duration.ofDays(30), 100_000, Duration.ofMillis(250),
                200_000, Duration.ofMillis(100), Duration.ofDays(3650));
        try (SqlTelemetryHistory history = new SqlTelemetryHistory(database, clock, settings)) {
            for (int i = 0; i < 10; i++) {
                history.append(new Reading("pump-1", "Pump", NOW.plusSeconds(i), Map.of("Pressure", (double) i)));
            }
            history.append(new Reading("pump-2", "Pump", Instant.parse("1969-07-20T20:17:40Z"),
                    Map.of("Pressure", 1.0)));
            history.flush();
            history.append(new Reading("pump-1", "Pump", NOW, Map.of("Pressure", 100.0)));
            history.flush();

            assertEquals(12, history.storedReadings());
            assertEquals(List.of(new HistoryBucket(NOW, NOW.plusSeconds(5), 6, 0, 100, 110 / 6.0),
                    new HistoryBucket(NOW.plusSeconds(5), NOW.plusSeconds(10), 5, 5, 9, 7)),
                    history.buckets("pump-1", "Pressure", NOW, NOW.plusSeconds(10), 2));
            assertArrayEquals(new double[] { 0, 100, 1 },
                    history.series("pump-1", "Pressure", NOW, NOW.plusSeconds(2)).values());
            assertEquals(List.of(new SeriesKey("pump-1", "Pump", "Pressure"), new SeriesKey("pump-2", "Pump",
                    "Pressure")), history.traces(Instant.MIN, Instant.MAX));

            clock.advance(Duration.ofDays(30).plusMillis(4_500));
            assertEquals(7, history.deleteExpired(), "1969, the two at 0 s and those up to 4 s");
            assertEquals(5, history.storedReadings());
        }
    }
}
