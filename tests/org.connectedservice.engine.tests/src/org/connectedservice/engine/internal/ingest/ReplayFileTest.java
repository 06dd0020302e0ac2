package org.connectedservice.engine.internal.ingest;

import static org.connectedservice.engine.internal.ingest.Feed.T0;
import static org.connectedservice.engine.internal.ingest.Feed.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayFileTest {

    @TempDir
    Path dir;

    @Test
    void goodLinesBetweenBadOnesAreAllDelivered() throws IOException {
        String[] bad = { "{\"deviceId\":", "{\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":{\"T\":1}}",
                message("m", 0, "{\"Temperature\":\"warm\"}"), message("t-1", "m", "1999-12-31T23:59:59Z", "{}"),
                message("m", 0, "{}") };
        Path file = dir.resolve("mixed.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 1000; i++) {
                out.write(i % 2 == 0 ? message("good-" + i, i / 10.0, "{\"Temperature\":" + i + "}") : bad[i % 5]);
                out.newLine();
            }
        }
        List<Reading> delivered = new ArrayList<>();
        MemoryQuarantine quarantine = new MemoryQuarantine();

        IngestStats stats = pipeline(quarantine, delivered).replay(file);

        assertEquals(500, delivered.size());
        assertEquals(List.of(0.0, 2.0, 4.0), delivered.subList(0, 3).stream()
                .map(r -> r.values().get("Temperature")).toList());
        assertEquals(1000, stats.received());
        assertEquals(500, stats.quarantined());
        assertEquals(100, stats.quarantined(QuarantineReason.EMPTY_BODY));
        assertEquals(500, stats.delivered());
        assertTrue(quarantine.all().stream().allMatch(q -> q.source().equals("mixed.jsonl")));
    }

    @Test
    void quarantineReasonsNameTheFileLineCountingBlankLines() throws IOException {
        Path file = dir.resolve("replay.jsonl");
        Files.writeString(file, "\uFEFF" + message("m1", 0, "{\"Temperature\":1}") + "\n\n"
                + message("m2", 1, "{\"Temperature\":true}") + "\r\n" + message("m3", 2, "{\"Temperature\":3}")
                + "\n   \n{oops}\n", StandardCharsets.UTF_8);
        List<Reading> delivered = new ArrayList<>();
        MemoryQuarantine quarantine = new MemoryQuarantine();

        IngestStats stats = pipeline(quarantine, delivered).replay(file);

        assertEquals(List.of("line 3: non-numeric reading", "line 6: bad JSON: not valid JSON at column 2"),
                quarantine.reasons().stream().map(r -> r.substring(0, r.indexOf(r.contains("column") ? " (" : ":",
                        8))).toList());
        assertEquals(2, delivered.size(), "the byte order mark does not spoil the first line");
        assertEquals(4, stats.received());
        QuarantinedMessage first = quarantine.all().get(0);
        assertEquals(message("m2", 1, "{\"Temperature\":true}"), first.raw());
    }

    @Test
    void theEndOfTheFileFlushesReadingsStillWaitingForTheWatermark() throws IOException {
        Path file = dir.resolve("short.jsonl");
        Files.write(file, List.of(message("m1", 0, "{\"Temperature\":1}"), message("m2", 1, "{\"Temperature\":2}")));
        List<Reading> delivered = new ArrayList<>();

        IngestStats stats = pipeline(new MemoryQuarantine(), delivered).replay(file);

        assertEquals(List.of(T0, T0.plusSeconds(1)), delivered.stream().map(Reading::time).toList());
        assertEquals(0, stats.buffered());
    }

    @Test
    void aMissingReplayFileIsReportedByName() {
        Path missing = dir.resolve("nope.jsonl");

        IOException e = assertThrows(IOException.class,
                () -> pipeline(new MemoryQuarantine(), new ArrayList<>()).replay(missing));

        assertEquals("the replay file " + missing + " does not exist", e.getMessage());
    }

    @Test
    void decodesTwoHundredThousandMessagesAndReportsTheRate() {
        List<String> lines = new ArrayList<>(200_000);
        for (int i = 0; i < 200_000; i++) {
            lines.add("{\"deviceId\":\"device-" + (i % 1000) + "\",\"enqueuedTime\":\""
                    + T0.plusMillis(i * 5L + (i % 7) * 300L) + "\",\"messageId\":\"msg-" + i
                    + "\",\"properties\":{\"DeviceType\":\"Thermostat\"},\"systemProperties\":{\"contentType\":"
                    + "\"application/json\",\"iothub-connection-device-id\":\"device-" + (i % 1000)
                    + "\"},\"body\":{\"Temperature\":" + (60 + i % 250 / 10.0) + ",\"Humidity\":" + (i % 90) + "}}");
        }
        long[] count = new long[1];
        double bestCpu = 0;
        double bestWall = 0;
        IngestStats stats = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            count[0] = 0;
            IngestPipeline pipeline = new IngestPipeline("bench", id -> Optional.empty(), new MemoryQuarantine(),
                    IngestSettings.defaults(), Feed.clock(), r -> count[0]++);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            pipeline.accept(lines);
            pipeline.flush();
            bestWall = Math.max(bestWall, lines.size() / ((System.nanoTime() - wall) / 1e9));
            bestCpu = Math.max(bestCpu, lines.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9));
            stats = pipeline.stats();
        }
        System.out.printf("ingest: %,d messages decoded, deduplicated, ordered and delivered at %,.0f msgs per "
                + "CPU second of the feeding thread (%,.0f msgs/s wall clock)%n", count[0], bestCpu, bestWall);

        assertEquals(200_000, count[0]);
        assertEquals(0, stats.quarantined());
        assertEquals(0, stats.duplicates());
    }

    private static IngestPipeline pipeline(MemoryQuarantine quarantine, List<Reading> delivered) {
        return new IngestPipeline("unused", id -> Optional.empty(), quarantine,
                IngestSettings.defaults(), Feed.clock(), delivered::add);
    }
}
