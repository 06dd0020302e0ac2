package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.series.SeriesSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/** Once flush returned, the readings are on disk: a console killed right after keeps them. */
class HistoryKillTest {

    private static final int READINGS_TO_TRY = 10_000_000;
    private static final int KILL_AFTER = 20_000;

    @TempDir
    Path workspace;

    @Test
    @Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
    void everyReadingFlushedBeforeAKillIsReadableAfterARestart() throws Exception {
        Path folder = workspace.resolve("db");
        int flushed = appendUntilKilled(folder);

        try (Database database = Database.open(folder);
                SqlTelemetryHistory history = new SqlTelemetryHistory(database, new TestClock(FlushingChild.T0),
                        HistorySettings.defaults())) {
            assertTrue(history.storedReadings() >= flushed, "all " + flushed + " flushed readings are stored");
            for (int device = 0; device < FlushingChild.DEVICES; device++) {
                SeriesSnapshot points = history.series("pump-" + device, "Pressure", Instant.MIN, Instant.MAX);
                int expected = 0;
                for (int i = 0; i < points.size(); i++) {
                    int number = (int) points.values()[i];
                    assertEquals(FlushingChild.reading(number).time().toEpochMilli(), points.times()[i],
                            "a stored reading is exactly as appended");
                    assertEquals(device, number % FlushingChild.DEVICES);
                    if (number < flushed) {
                        assertEquals(device + expected * FlushingChild.DEVICES, number,
                                "no flushed reading is missing");
                        expected++;
                    }
                }
                assertEquals(flushed / FlushingChild.DEVICES, expected,
                        "pump-" + device + " has every flushed reading");
            }
        }
    }

    private int appendUntilKilled(Path folder) throws Exception {
        Path errorLog = workspace.resolve("child-errors.txt");
        Process child = ChildJvm.start(FlushingChild.class, errorLog, folder.toString(),
                Integer.toString(READINGS_TO_TRY));
        int flushed = 0;
        List<String> otherLines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (flushed < KILL_AFTER && (line = output.readLine()) != null) {
                flushed = take(line, flushed, otherLines);
            }
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM dies when killed");
            while ((line = output.readLine()) != null) {
                flushed = take(line, flushed, otherLines);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(flushed >= KILL_AFTER, "the child should have flushed " + KILL_AFTER + " readings before it was"
                + " killed; it wrote " + otherLines + " and " + ChildJvm.errors(errorLog));
        assertFalse(otherLines.contains("done"), "the child was killed while it was still appending");
        return flushed;
    }

    private static int take(String line, int flushed, List<String> otherLines) {
        if (line.startsWith("flushed ")) {
            return Integer.parseInt(line.substring("flushed ".length()));
        }
        otherLines.add(line);
        return flushed;
    }
}
