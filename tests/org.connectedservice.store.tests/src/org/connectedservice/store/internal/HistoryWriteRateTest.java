package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how many rows per second the history writes (the target is 200,000 on a 2-core machine) and checks that
 * every one of them is stored; the rate itself is not asserted, a shared build machine makes it vary.
 */
class HistoryWriteRateTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path workspace;

    @Test
    void printsTheWriteRateForAFewAndForManyTracesAndStoresEveryReading() {
        measure(100, 200, false);
        measure(100, 1_000, true);
        measure(10_000, 20, true);
    }

    /*
     * Patience is long here: the test measures the writer, so append waits instead of dropping. The first run
     * only warms the JIT up; each run registers its traces before the clock starts, as a running console has.
     */
    private void measure(int devices, int readingsPerDevice, boolean print) {
        HistorySettings settings = HistorySettings.defaults().withQueue(100_000, Duration.ofMinutes(1));
        try (Database database = Database.open(workspace.resolve("db-" + devices + "-" + readingsPerDevice));
                SqlTelemetryHistory history = new SqlTelemetryHistory(database, new TestClock(T0), settings)) {
            String[] ids = new String[devices];
            for (int d = 0; d < devices; d++) {
                ids[d] = "thermostat-" + d;
                history.append(reading(ids[d], T0.minusSeconds(1), -1));
            }
            history.flush();

            long started = System.nanoTime();
            long writerCpuStarted = writerCpuNanos();
            for (int i = 0; i < readingsPerDevice; i++) {
                for (String id : ids) {
                    history.append(reading(id, T0.plusSeconds(i), i));
                }
            }
            history.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            double writerCpuSeconds = (writerCpuNanos() - writerCpuStarted) / 1e9;
            long rows = 2L * devices * readingsPerDevice;
            if (print) {
                System.out.printf("history: %,d devices x 2 measurements (%,d traces): %,d rows in %.2f s"
                        + " = %,.0f writes/s; the writer thread used %.2f s of CPU = %,.0f writes per CPU second%n",
                        devices, 2 * devices, rows, seconds, rows / seconds, writerCpuSeconds,
                        rows / writerCpuSeconds);
            }

            assertEquals(0, history.droppedReadings());
            assertEquals(rows + 2L * devices, history.storedReadings());
            List<HistoryBucket> whole = history.buckets(ids[devices / 2], "Temperature", T0,
                    T0.plusSeconds(readingsPerDevice), 1);
            assertEquals(List.of(new HistoryBucket(T0, T0.plusSeconds(readingsPerDevice), readingsPerDevice, 70,
                    70 + readingsPerDevice - 1, 70 + (readingsPerDevice - 1) / 2.0)), whole);
        }
    }

    /* On a shared machine the wall-clock rate says more about the neighbours; the writer's CPU time does not. */
    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("connectedservice-history-writer")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
            }
        }
        return nanos;
    }

    private static Reading reading(String device, Instant time, int step) {
        return new Reading(device, "Thermostat", time, Map.of("Temperature", 70.0 + step, "Humidity", 40.0));
    }
}
