package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlTelemetryHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock(T0);
    private Database database;
    private SqlTelemetryHistory history;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        history = new SqlTelemetryHistory(database, clock, HistorySettings.defaults());
    }

    @AfterEach
    void close() {
        history.close();
        database.close();
    }

    private static Reading pressure(String device, Instant time, double value) {
        return new Reading(device, "Pump", time, Map.of("Pressure", value));
    }

    @Test
    void bucketsHoldMinMaxAverageAndCountOfEqualSlicesAndLeaveEmptySlicesOut() {
        for (int k = 0; k < 20; k++) {
            if (k < 8 || k > 11) {
                history.append(pressure("pump-1", T0.plusMillis(500L * k), k));
            }
        }
        history.append(pressure("pump-1", T0.minusMillis(1), -100));
        history.append(pressure("pump-1", T0.plusSeconds(10), 100));
        history.append(pressure("pump-2", T0.plusSeconds(1), 55));
        history.flush();

        List<HistoryBucket> buckets = history.buckets("pump-1", "Pressure", T0, T0.plusSeconds(10), 5);
        assertEquals(List.of(
                new HistoryBucket(T0, T0.plusSeconds(2), 4, 0, 3, 1.5),
                new HistoryBucket(T0.plusSeconds(2), T0.plusSeconds(4), 4, 4, 7, 5.5),
                new HistoryBucket(T0.plusSeconds(6), T0.plusSeconds(8), 4, 12, 15, 13.5),
                new HistoryBucket(T0.plusSeconds(8), T0.plusSeconds(10), 4, 16, 19, 17.5)), buckets);
    }

    @Test
    void aRangeThatDoesNotDivideEvenlyIsSplitAtWholeMillisecondsWithoutLosingAPoint() {
        for (int ms = 0; ms < 10; ms++) {
            history.append(pressure("pump-1", T0.plusMillis(ms), ms));
        }
        history.flush();
        List<HistoryBucket> buckets = history.buckets("pump-1", "Pressure", T0, T0.plusMillis(10), 3);
        assertEquals(List.of(
                new HistoryBucket(T0, T0.plusMillis(4), 4, 0, 3, 1.5),
                new HistoryBucket(T0.plusMillis(4), T0.plusMillis(7), 3, 4, 6, 5),
                new HistoryBucket(T0.plusMillis(7), T0.plusMillis(10), 3, 7, 9, 8)), buckets);
        assertEquals(10, history.buckets("pump-1", "Pressure", T0, T0.plusMillis(10), 1000).size(),
                "more buckets than milliseconds: one per reading");
    }

    @Test
    void bucketQueriesAnswerPlainlyAtTheEdges() {
        history.append(pressure("pump-1", T0, 1));
        history.flush();
        assertEquals(List.of(), history.buckets("pump-9", "Pressure", T0, T0.plusSeconds(1), 10));
        assertEquals(List.of(), history.buckets("pump-1", "Pressure", T0.plusSeconds(1), T0, 10));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> history.buckets("pump-1", "Pressure", T0, T0.plusSeconds(1), 0));
        assertEquals("ask for at least 1 bucket, not 0", none.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> history.buckets("pump-1", "Pressure", Instant.MIN, Instant.MAX, 1000));
        assertTrue(tooLong.getMessage().endsWith("ask for a shorter range or fewer buckets"), tooLong.getMessage());
        assertEquals(1, history.buckets("pump-1", "Pressure", T0.minus(Duration.ofDays(365_000)),
                T0.plus(Duration.ofDays(365_000)), 1).get(0).count());
    }

    @Test
    void seriesReturnsTheRawPointsOfOneTraceOldestFirstWithinTheRange() {
        history.append(new Reading("thermostat-1", "Thermostat", T0.plusSeconds(2),
                Map.of("Temperature", 71.5, "Humidity", 40.0)));
        history.append(new Reading("thermostat-1", "Thermostat", T0.plusMillis(1_250),
                Map.of("Temperature", 70.25)));
        history.append(new Reading("thermostat-1", "Thermostat", T0.plusSeconds(3), Map.of("Temperature", 99.0)));
        history.append(new Reading("thermostat-1", "Thermostat", T0.minusMillis(1), Map.of("Temperature", 1.0)));
        history.flush();

        SeriesSnapshot temperature = history.series("thermostat-1", "Temperature", T0, T0.plusSeconds(3));
        assertArrayEquals(new long[] { T0.plusMillis(1_250).toEpochMilli(), T0.plusSeconds(2).toEpochMilli() },
                temperature.times());
        assertArrayEquals(new double[] { 70.25, 71.5 }, temperature.values());
        assertEquals(1, history.series("thermostat-1", "Humidity", T0, T0.plusSeconds(3)).size());
        assertEquals(SeriesSnapshot.EMPTY, history.series("thermostat-2", "Temperature", T0, T0.plusSeconds(3)));
        assertEquals(4, history.series("thermostat-1", "Temperature", Instant.MIN, Instant.MAX).size());
        assertEquals(5, history.storedReadings(), "one stored reading per measurement");
    }

    @Test
    void tracesNameEveryDeviceAndMeasurementWithReadingsInTheRangeWithTheLatestDeviceType() {
        history.append(new Reading("unknown-7", null, T0, Map.of("Vibration", 3.0)));
        history.append(new Reading("pump-2", "Pump", T0.plusSeconds(1), Map.of("Pressure", 6.0, "Vibration", 2.0)));
        history.append(new Reading("pump-1", "Pump", T0.plusSeconds(60), Map.of("Pressure", 6.0)));
        history.flush();
        history.append(new Reading("unknown-7", "Pump", T0.plusSeconds(2), Map.of("Vibration", 3.5)));
        history.flush();

        assertEquals(List.of(new SeriesKey("pump-2", "Pump", "Pressure"), new SeriesKey("pump-2", "Pump", "Vibration"),
                new SeriesKey("unknown-7", "Pump", "Vibration")), history.traces(T0, T0.plusSeconds(60)));
        assertEquals(List.of(new SeriesKey("pump-1", "Pump", "Pressure")),
                history.traces(T0.plusSeconds(60), T0.plusSeconds(61)));
        assertEquals(List.of(), history.traces(T0.plusSeconds(61), Instant.MAX));
    }

    @Test
    void valuesNoDatabaseCanHoldAreLeftOutAndCountedWhileTheirNeighboursAreKept() {
        String longName = "x".repeat(Schema.MAX_KEY_CHARS + 1);
        history.append(new Reading("pump-1", "Pump", T0,
                Map.of("Pressure", Double.NaN, "Vibration", Double.POSITIVE_INFINITY, "Flow", 12.0)));
        history.append(new Reading(longName, "Pump", T0, Map.of("Pressure", 1.0)));
        history.append(new Reading("pump-1", "Pump", T0, Map.of(longName, 1.0)));
        history.append(new Reading("pump-1", "Pump", T0.plusSeconds(1), Map.of("Pressure", 5.0)));
        history.flush();
        assertEquals(2, history.storedReadings());
        assertEquals(4, history.skippedValues());
        assertEquals(1, history.series("pump-1", "Flow", T0, T0.plusSeconds(1)).size());
    }

    @Test
    void everyThreadThatFlushesFindsAllItsOwnReadingsStored() throws Exception {
        int perThread = 5_000;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String device = "pump-" + t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        history.append(pressure(device, T0.plusMillis(i), i));
                    }
                    history.flush();
                    assertEquals(perThread, history.series(device, "Pressure", T0, T0.plusSeconds(60)).size());
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(4L * perThread, history.storedReadings());
    }

    @Test
    void closingWritesWhatWasAppendedAndLaterReadingsAreCountedAsDropped() {
        for (int i = 0; i < 1_000; i++) {
            history.append(pressure("pump-1", T0.plusMillis(i), i));
        }
        history.close();
        assertEquals(1_000, history.storedReadings());
        history.append(pressure("pump-1", T0.plusSeconds(5), 1));
        history.flush();
        assertEquals(1, history.droppedReadings());
        assertEquals(1_000, history.storedReadings());
    }

    @Test
    void aBatchTheDatabaseRefusesMakesFlushSayWhatHappened() {
        database.close();
        history.append(pressure("pump-1", T0, 1));
        StoreException e = assertThrows(StoreException.class, history::flush);
        assertTrue(e.getMessage().startsWith("some readings appended before this flush could not be stored"),
                e.getMessage());
        assertEquals(1, history.failedReadings());
        history.flush();
    }
}
