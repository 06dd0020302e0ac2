package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/** A fault counts as emitted once append returned, even if the console is killed the moment after. */
class OutboxKillTest {

    private static final int FAULTS_TO_TRY = 100_000;
    private static final int KILL_AFTER = 200;

    @TempDir
    Path workspace;

    @Test
    @Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
    void everyFaultReportedAsAppendedSurvivesAKillAndBecomesExactlyOneAlert() throws Exception {
        Path folder = workspace.resolve("db");
        TreeSet<Integer> reported = appendUntilKilled(folder);

        try (Database database = Database.open(folder)) {
            SqlFaultOutbox outbox = new SqlFaultOutbox(database, Clock.systemUTC());
            List<OutboxEntry> entries = outbox.claim(Integer.MAX_VALUE, Instant.now().plus(Duration.ofDays(1)));
            Map<String, Long> entriesPerToken = entries.stream()
                    .collect(Collectors.groupingBy(e -> e.fault().token(), Collectors.counting()));
            for (int i : reported) {
                assertEquals(1L, entriesPerToken.get(Faults.raised(i).token()), "fault " + i + " is in the outbox once");
            }
            int lastReported = reported.last();
            for (OutboxEntry entry : entries) {
                int number = Integer.parseInt(entry.fault().deviceId().substring("pump-".length()));
                assertTrue(number <= lastReported + 1, "fault " + number + " was never appended");
                assertEquals(Faults.raised(number), entry.fault());
            }

            SqlAlertStore alerts = new SqlAlertStore(database);
            drain(entries, outbox, alerts);
            Map<String, Long> alertsPerToken = alerts.newest(Integer.MAX_VALUE).stream()
                    .collect(Collectors.groupingBy(IotAlert::faultToken, Collectors.counting()));
            assertEquals(entries.size(), alerts.count());
            for (OutboxEntry entry : entries) {
                assertEquals(1L, alertsPerToken.get(entry.fault().token()), "one alert per fault");
            }

            List<Fault> retried = entries.stream().map(OutboxEntry::fault).toList();
            outbox.append(retried);
            List<OutboxEntry> again = outbox.claim(Integer.MAX_VALUE, Instant.now().plus(Duration.ofDays(1)));
            assertEquals(retried.size(), again.size());
            drain(again, outbox, alerts);
            assertEquals(entries.size(), alerts.count(), "delivering the same faults again adds no alert");
            assertEquals(0, outbox.depth());
        }
    }

    private TreeSet<Integer> appendUntilKilled(Path folder) throws IOException, InterruptedException {
        Path errorLog = workspace.resolve("child-errors.txt");
        Process child = ChildJvm.start(AppendingChild.class, errorLog, folder.toString(),
                Integer.toString(FAULTS_TO_TRY));
        TreeSet<Integer> reported = new TreeSet<>();
        List<String> otherLines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < KILL_AFTER && (line = output.readLine()) != null) {
                take(line, reported, otherLines);
            }
            // Through the handle, unlike Process.destroyForcibly, the kill leaves our end of the pipe open, so the
            // lines the child wrote before it died can still be read.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM dies when killed");
            while ((line = output.readLine()) != null) {
                take(line, reported, otherLines);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(reported.size() >= KILL_AFTER, "the child should have appended " + KILL_AFTER
                + " faults before it was killed; it wrote " + otherLines + " and " + ChildJvm.errors(errorLog));
        assertFalse(otherLines.contains("done"), "the child was killed while it was still appending");
        assertNotEquals(0, child.exitValue());
        return reported;
    }

    private static void take(String line, TreeSet<Integer> reported, List<String> otherLines) {
        if (line.startsWith("appended ")) {
            reported.add(Integer.parseInt(line.substring("appended ".length())));
        } else {
            otherLines.add(line);
        }
    }

    private static void drain(List<OutboxEntry> entries, SqlFaultOutbox outbox, SqlAlertStore alerts) {
        for (OutboxEntry entry : entries) {
            alerts.record(entry.fault());
            outbox.ack(entry.id());
        }
    }
}
