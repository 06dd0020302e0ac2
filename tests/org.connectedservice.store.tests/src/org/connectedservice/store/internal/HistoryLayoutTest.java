package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/**
 * Readings the keyed table cannot hold (a second value at the same millisecond of a trace, times before 1970 or
 * after 2109) are stored all the same and read back with their neighbours.
 */
class HistoryLayoutTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant BEFORE_1970 = Instant.parse("1969-12-31T23:59:59Z");
    private static final Instant AFTER_2109 = Instant.parse("2150-01-01T00:00:00Z");

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

    private static Reading pressure(Instant time, double value) {
        return new Reading("pump-1", "Pump", time, Map.of("Pressure", value));
    }

    @Test
    void twoValuesAtTheSameMillisecondAreBothKeptInOneBatchAndAcrossBatches() {
        history.append(pressure(T0, 1));
        history.append(pressure(T0.plusMillis(1), 2));
        history.append(pressure(T0, 3));
        history.flush();
        history.append(pressure(T0, 4));
        history.append(pressure(T0.plusMillis(2), 5));
        history.flush();

        SeriesSnapshot points = history.series("pump-1", "Pressure", T0, T0.plusSeconds(1));
        assertArrayEquals(new long[] { T0.toEpochMilli(), T0.toEpochMilli(), T0.toEpochMilli(),
                T0.toEpochMilli() + 1, T0.toEpochMilli() + 2 }, points.times());
        assertEquals(15.0, points.values()[0] + points.values()[1] + points.values()[2] + points.values()[3]
                + points.values()[4]);
        assertEquals(List.of(new HistoryBucket(T0, T0.plusMillis(1), 3, 1, 4, 8 / 3.0),
                new HistoryBucket(T0.plusMillis(1), T0.plusMillis(2), 1, 2, 2, 2),
                new HistoryBucket(T0.plusMillis(2), T0.plusMillis(3), 1, 5, 5, 5)),
                history.buckets("pump-1", "Pressure", T0, T0.plusMillis(3), 3));
        assertEquals(5, history.storedReadings());
    }

    @Test
    void aLateReadingBetweenStoredOnesLandsInItsPlace() {
        history.append(pressure(T0, 1));
        history.append(pressure(T0.plusSeconds(2), 3));
        history.flush();
        history.append(pressure(T0.plusSeconds(1), 2));
        history.flush();
        assertArrayEquals(new double[] { 1, 2, 3 },
                history.series("pump-1", "Pressure", T0, T0.plusSeconds(3)).values());
    }

    @Test
    void readingsBefore1970AndAfter2109AreStoredQueriedAndExpired() {
        history.append(pressure(BEFORE_1970, -1));
        history.append(pressure(T0, 10));
        history.append(pressure(AFTER_2109, 99));
        history.flush();

        assertArrayEquals(new double[] { -1, 10, 99 },
                history.series("pump-1", "Pressure", Instant.MIN, Instant.MAX).values());
        List<HistoryBucket> two = history.buckets("pump-1", "Pressure", BEFORE_1970, AFTER_2109.plusMillis(1), 2);
        assertEquals(2, two.size());
        assertEquals(2, two.get(0).count(), "1969 and 2025 fall in the first half");
        assertEquals(4.5, two.get(0).avg());
        assertEquals(99, two.get(1).max());
        assertEquals(List.of(new SeriesKey("pump-1", "Pump", "Pressure")),
                history.traces(AFTER_2109, AFTER_2109.plusSeconds(1)));
        assertEquals(List.of(new SeriesKey("pump-1", "Pump", "Pressure")),
                history.traces(BEFORE_1970, BEFORE_1970.plusSeconds(1)));

        clock.advance(Duration.ofDays(31));
        assertEquals(2, history.deleteExpired(), "the 1969 and the 2025 reading are older than 30 days");
        assertArrayEquals(new double[] { 99 }, history.series("pump-1", "Pressure", Instant.MIN, Instant.MAX)
                .values());
    }

    @Test
    void aTraceWhoseIdIsTooLargeToKeyIsStoredAndListedAllTheSame() {
        database.transaction("add a trace with a large id", connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO history_series (id, device_id, measurement,"
                    + " device_type) VALUES (?, 'pump-9', 'Pressure', 'Pump')")) {
                insert.setLong(1, ReadingKeys.TRACE_LIMIT + 5);
                return insert.executeUpdate();
            }
        });
        history.append(new Reading("pump-9", "Pump", T0, Map.of("Pressure", 7.0)));
        history.append(pressure(T0, 1));
        history.flush();

        assertEquals(List.of(new SeriesKey("pump-1", "Pump", "Pressure"), new SeriesKey("pump-9", "Pump", "Pressure")),
                history.traces(T0, T0.plusSeconds(1)));
        assertEquals(List.of(new HistoryBucket(T0, T0.plusSeconds(1), 1, 7, 7, 7)),
                history.buckets("pump-9", "Pressure", T0, T0.plusSeconds(1), 1));
        assertEquals(2, history.storedReadings());
    }
}
