package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFaultOutboxTest {

    private static final Instant NOW = Faults.START;

    @TempDir
    Path workspace;

    private Database database;
    private SqlFaultOutbox outbox;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        outbox = new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void appendedFaultsAreClaimedInOrderWithAllTheirFieldsAndLeaveOnAck() {
        outbox.append(List.of(Faults.raised(1), Faults.raised(2)));
        assertEquals(2, outbox.depth());

        List<OutboxEntry> claimed = outbox.claim(10, NOW);
        assertEquals(List.of(Faults.raised(1), Faults.raised(2)), claimed.stream().map(OutboxEntry::fault).toList());
        assertEquals(List.of(0, 0), claimed.stream().map(OutboxEntry::attempts).toList());

        outbox.ack(claimed.get(0).id());
        assertEquals(1, outbox.depth());
        outbox.ack(claimed.get(1).id());
        assertEquals(0, outbox.depth());
        assertEquals(List.of(), outbox.claim(10, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void aWindowFaultKeepsItsWindowStartToTheNanosecondAcrossARestart() {
        Instant windowStart = NOW.minusSeconds(10).plusNanos(987_654_321);
        Fault windowed = Faults.raisedByWindow(7, windowStart, NOW);
        Fault cleared = Faults.clearedOf(windowed, NOW.plusSeconds(40));
        outbox.append(List.of(windowed, cleared));
        database.close();

        database = Database.open(workspace.resolve("db"));
        outbox = new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC));
        List<Fault> claimed = outbox.claim(10, NOW).stream().map(OutboxEntry::fault).toList();
        assertEquals(List.of(windowed, cleared), claimed);
        assertEquals(windowStart, claimed.get(1).windowStart(), "the clear names the episode it ends");
    }

    @Test
    void claimHandsOutAtMostTheAskedNumberOldestFirst() {
        for (int i = 0; i < 5; i++) {
            outbox.append(List.of(Faults.raised(i)));
        }
        List<OutboxEntry> first = outbox.claim(2, NOW);
        List<OutboxEntry> rest = outbox.claim(10, NOW);
        assertEquals(List.of(Faults.raised(0), Faults.raised(1)), first.stream().map(OutboxEntry::fault).toList());
        assertEquals(List.of(Faults.raised(2), Faults.raised(3), Faults.raised(4)),
                rest.stream().map(OutboxEntry::fault).toList());
        assertEquals(5, outbox.depth(), "claimed entries stay in the outbox until acknowledged");
    }

    @Test
    void aClaimedEntryComesBackOnlyOnceItsLeaseRunsOut() {
        outbox.append(List.of(Faults.raised(1)));
        long id = outbox.claim(10, NOW).get(0).id();

        assertEquals(List.of(), outbox.claim(10, NOW.plusSeconds(29)));
        assertEquals(List.of(), outbox.claim(10, NOW.plus(SqlFaultOutbox.LEASE)));
        List<OutboxEntry> again = outbox.claim(10, NOW.plus(SqlFaultOutbox.LEASE).plusMillis(1));
        assertEquals(1, again.size(), "a consumer that died leaves its entries to be claimed again");
        assertEquals(id, again.get(0).id());
    }

    @Test
    void aFailedDeliveryIsRetriedAfterADelayThatDoublesUpToFiveMinutes() {
        outbox.append(List.of(Faults.raised(1)));
        long id = outbox.claim(10, NOW).get(0).id();

        outbox.fail(id, "Dataverse answered 503", NOW);
        assertEquals(List.of(), outbox.claim(10, NOW.plusMillis(999)));
        OutboxEntry retried = outbox.claim(10, NOW.plusSeconds(1)).get(0);
        assertEquals(1, retried.attempts());

        Instant second = NOW.plusSeconds(1);
        outbox.fail(id, "Dataverse answered 503", second);
        assertEquals(List.of(), outbox.claim(10, second.plusMillis(1999)));
        assertEquals(2, outbox.claim(10, second.plusSeconds(2)).get(0).attempts());

        assertEquals(Duration.ofSeconds(4), SqlFaultOutbox.retryDelay(3));
        assertEquals(Duration.ofSeconds(256), SqlFaultOutbox.retryDelay(9));
        assertEquals(Duration.ofMinutes(5), SqlFaultOutbox.retryDelay(10));
        assertEquals(Duration.ofMinutes(5), SqlFaultOutbox.retryDelay(1000));
    }

    @Test
    void afterTheLastAttemptTheEntryIsDeadLetteredUntilResubmitted() {
        SqlFaultOutbox strict = new SqlFaultOutbox(database, Clock.fixed(NOW, ZoneOffset.UTC), 3);
        strict.append(List.of(Faults.raised(1)));
        Instant time = NOW;
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<OutboxEntry> claimed = strict.claim(10, time);
            assertEquals(1, claimed.size(), "attempt " + attempt + " gets the entry");
            strict.fail(claimed.get(0).id(), "rejected: attempt " + attempt, time);
            time = time.plus(Duration.ofMinutes(5));
        }
        assertEquals(0, strict.depth());
        assertEquals(1, strict.deadLettered());
        assertEquals(List.of(), strict.claim(10, time.plus(Duration.ofDays(1))));
        assertEquals("rejected: attempt 3", lastError());

        assertEquals(1, strict.resubmitDeadLetters());
        assertEquals(1, strict.depth());
        assertEquals(0, strict.deadLettered());
        OutboxEntry back = strict.claim(10, NOW).get(0);
        assertEquals(Faults.raised(1), back.fault());
        assertEquals(0, back.attempts(), "a resubmitted entry gets all its attempts again");
        assertEquals(0, strict.resubmitDeadLetters());
    }

    @Test
    void appendingAFaultThatIsAlreadyWaitingKeepsOneEntry() {
        Fault raised = Faults.raised(1);
        outbox.append(List.of(raised));
        outbox.append(List.of(raised, Faults.raised(2)));
        outbox.append(List.of(raised, raised));
        assertEquals(2, outbox.depth());

        outbox.append(List.of(Faults.clearedOf(raised, NOW.plusSeconds(60))));
        assertEquals(3, outbox.depth(), "the clear of an episode is a fault of its own");
    }

    @Test
    void aBatchWithAFaultWithoutTokenAppendsNothingAndSaysWhichOne() {
        Fault raised = Faults.raised(1);
        Fault broken = new Fault(null, raised.kind(), raised.deviceId(), raised.deviceType(), raised.ruleId(),
                raised.ruleVersion(), raised.ruleName(), raised.measurement(), raised.value(), raised.threshold(),
                raised.severity(), raised.alertType(), raised.time(), raised.description(), raised.windowStart());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> outbox.append(List.of(raised, broken)));
        assertTrue(e.getMessage().startsWith("fault 2 of 2 has no token"), e.getMessage());
        assertEquals(0, outbox.depth());
    }

    @Test
    void failingOrAcknowledgingAnEntryThatIsGoneChangesNothing() {
        outbox.append(List.of(Faults.raised(1)));
        long id = outbox.claim(10, NOW).get(0).id();
        outbox.ack(id);
        outbox.fail(id, "late failure report", NOW);
        outbox.ack(id);
        assertEquals(0, outbox.depth());
        assertEquals(0, outbox.deadLettered());
    }

    @Test
    void twoConsumersClaimingAtOnceNeverGetTheSameEntry() throws Exception {
        int total = 200;
        for (int i = 0; i < total; i++) {
            outbox.append(List.of(Faults.raised(i)));
        }
        Callable<List<Long>> consumer = () -> {
            List<Long> ids = new ArrayList<>();
            List<OutboxEntry> claimed;
            while (!(claimed = outbox.claim(3, NOW)).isEmpty()) {
                claimed.forEach(entry -> ids.add(entry.id()));
            }
            return ids;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> results = pool.invokeAll(List.of(consumer, consumer));
            List<Long> all = new ArrayList<>(results.get(0).get());
            all.addAll(results.get(1).get());
            assertEquals(total, all.size());
            assertEquals(total, new HashSet<>(all).size());
        } finally {
            pool.shutdownNow();
        }
    }

    private String lastError() {
        return database.transaction("read the last error", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT last_error FROM fault_outbox");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
