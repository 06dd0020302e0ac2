package org.connectedservice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.connectedservice.core.model.Reading;
import org.connectedservice.store.internal.Database;
import org.connectedservice.store.internal.HistorySettings;
import org.connectedservice.store.internal.SqlTelemetryHistory;

/**
 * History writes per second: the store's own H2 history writer in a throw-away database, every reading with two
 * measurements (two rows), the traces registered first as in a console that has been running.
 */
final class HistoryProbe {

    private HistoryProbe() {
    }

    /** The better of two rounds, after a small round that lets the JIT compile the writer. */
    static double writesPerSecond(int devices, int seconds) {
        once(100, 100);
        return Math.max(once(devices, seconds), once(devices, seconds));
    }

    private static double once(int devices, int seconds) {
        Path folder;
        try {
            folder = Files.createTempDirectory("connectedservice-bench-history");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.systemUTC();
        Instant start = clock.instant().minus(Duration.ofHours(1));
        HistorySettings settings = HistorySettings.defaults().withQueue(100_000, Duration.ofMinutes(5));
        try (Database database = Database.open(folder.resolve("db"));
                SqlTelemetryHistory history = new SqlTelemetryHistory(database, clock, settings)) {
            String[] ids = new String[devices];
            for (int d = 0; d < devices; d++) {
                ids[d] = TelemetryStream.deviceId(d);
                history.append(reading(ids[d], start.minusSeconds(1), 0));
            }
            history.flush();
            long started = System.nanoTime();
            for (int s = 0; s < seconds; s++) {
                Instant time = start.plusSeconds(s);
                for (String id : ids) {
                    history.append(reading(id, time, s));
                }
            }
            history.flush();
            double elapsed = (System.nanoTime() - started) / 1e9;
            long rows = 2L * devices * seconds;
            if (history.droppedReadings() > 0) {
                throw new IllegalStateException("the history dropped " + history.droppedReadings() + " readings");
            }
            return rows / elapsed;
        } finally {
            delete(folder);
        }
    }

    private static Reading reading(String device, Instant time, int step) {
        return new Reading(device, TelemetryStream.DEVICE_TYPE, time,
                Map.of(TelemetryStream.MEASUREMENT, 50.0 + step % 20, "Humidity", 41.5));
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
