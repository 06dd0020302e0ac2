package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRetentionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock(T0);
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Reading reading(String device, Instant time) {
        return new Reading(device, "Pump", time, Map.of("Pressure", 1.0, "Vibration", 2.0));
    }

    @Test
    void readingsOlderThanTheRetentionAreDeletedInChunksAndTheYoungerOnesStay() {
        HistorySettings settings = new HistorySettings(Duration.ofDays(1), 100_000, Duration.ofMillis(250), 50_000,
                Duration.ofMillis(100), Duration.ofDays(365));
        try (SqlTelemetryHistory history = new SqlTelemetryHistory(database, clock, settings)) {
            int old = HistoryRetention.CHUNK_ROWS + 5;
            for (int i = 0; i < old; i++) {
                history.append(reading("pump-1", T0.plusMillis(i)));
            }
            history.append(reading("pump-2", T0.plusSeconds(1)));
            history.append(reading("pump-1", T0.plus(Duration.ofHours(20))));
            history.flush();
            assertEquals(2L * (old + 2), history.storedReadings(), "nothing is old yet");

            clock.advance(Duration.ofDays(1).plusSeconds(30));
            assertEquals(2L * (old + 1), history.deleteExpired());
            assertEquals(2, history.storedReadings());
            assertEquals(1, history.series("pump-1", "Vibration", Instant.MIN, Instant.MAX).size());
            assertEquals(0, history.deleteExpired());
        }
    }

    @Test
    void theWriterDeletesExpiredReadingsByItselfEveryRetentionInterval() throws Exception {
        HistorySettings settings = new HistorySettings(Duration.ofDays(1), 1_000, Duration.ofMillis(100), 1_000,
                Duration.ofMillis(10), Duration.ofHours(1));
        try (SqlTelemetryHistory history = new SqlTelemetryHistory(database, clock, settings)) {
            history.append(reading("pump-1", T0.minus(Duration.ofHours(23))));
            history.append(reading("pump-1", T0));
            history.flush();
            assertEquals(4, history.storedReadings());

            clock.advance(Duration.ofHours(2));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (history.storedReadings() > 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(2, history.storedReadings(), "the reading now 25 hours old is gone");
        }
    }
}
