package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryWriterTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path workspace;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Reading reading(int number) {
        return new Reading("pump-1", "Pump", T0.plusMillis(number), Map.of("Pressure", (double) number));
    }

    private long stored() {
        return database.transaction("count the stored readings", new HistoryReads(database.dialect())::storedReadings);
    }

    @Test
    void aFullQueueMakesAppendWaitBrieflyThenDropAndCountWithoutWaitingAgainUntilThereIsRoom() {
        HistorySettings settings = HistorySettings.defaults().withQueue(3, Duration.ofMillis(200));
        HistoryWriter stalled = new HistoryWriter(database, new TestClock(T0), settings);
        try {
            for (int i = 0; i < 3; i++) {
                stalled.append(reading(i));
            }
            long waitStarted = System.nanoTime();
            stalled.append(reading(3));
            long waitedMillis = (System.nanoTime() - waitStarted) / 1_000_000;
            assertTrue(waitedMillis >= 190, "append waited for room first, " + waitedMillis + " ms");
            assertEquals(1, stalled.dropped());

            long sheddingStarted = System.nanoTime();
            for (int i = 4; i < 10; i++) {
                stalled.append(reading(i));
            }
            long sheddingMillis = (System.nanoTime() - sheddingStarted) / 1_000_000;
            assertTrue(sheddingMillis < 190, "while the queue stays full, appends drop at once: " + sheddingMillis);
            assertEquals(7, stalled.dropped());

            stalled.start();
            stalled.flush();
            assertEquals(3, stored(), "everything that got into the queue is stored");
            stalled.append(reading(10));
            stalled.flush();
            assertEquals(4, stored(), "with room again, appends are taken");
            assertEquals(7, stalled.dropped());
        } finally {
            stalled.close();
        }
    }

    @Test
    void theWriterGathersABatchUntilItsTimeIsUpButAFlushWritesItAtOnce() throws Exception {
        HistorySettings settings = HistorySettings.defaults().withBatches(1_000_000, Duration.ofSeconds(60));
        HistoryWriter writer = new HistoryWriter(database, new TestClock(T0), settings);
        writer.start();
        try {
            for (int i = 0; i < 1_000; i++) {
                writer.append(reading(i));
            }
            Thread.sleep(300);
            assertEquals(0, stored(), "the batch is still being gathered");

            long flushStarted = System.nanoTime();
            writer.flush();
            long flushMillis = (System.nanoTime() - flushStarted) / 1_000_000;
            assertEquals(1_000, stored());
            assertTrue(flushMillis < 10_000, "flush did not wait for the batch time, it took " + flushMillis + " ms");
            writer.flush();
        } finally {
            writer.close();
        }
    }

    @Test
    void aBatchIsWrittenOnceItHoldsBatchRowsWithoutWaitingForItsTime() throws Exception {
        HistorySettings settings = HistorySettings.defaults().withBatches(100, Duration.ofSeconds(60));
        HistoryWriter writer = new HistoryWriter(database, new TestClock(T0), settings);
        writer.start();
        try {
            for (int i = 0; i < 250; i++) {
                writer.append(reading(i));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (stored() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(200, stored(), "two full batches are written, the rest waits for more or for its time");
        } finally {
            writer.close();
        }
        assertEquals(250, stored(), "closing writes the rest");
    }
}
