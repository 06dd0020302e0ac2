package org.connectedservice.simulator.internal.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.simulation.ReplayResult;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.connectedservice.core.simulation.ReplayedLine;
import org.connectedservice.core.simulation.SimulationFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReplayTest {

    /** A wall clock that only moves when the replay sleeps, and remembers when each line went out. */
    private static final class FakeWall implements Pacer {

        long now = 1_000_000;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @TempDir
    Path folder;

    private final FakeWall wall = new FakeWall();
    private final List<ReplayedLine> out = new ArrayList<>();
    private final List<Long> sentAt = new ArrayList<>();

    private ReplayResult replay(Path file, ReplaySpeed speed) throws IOException, InterruptedException {
        return new Replayer(wall).replay(file, speed, line -> {
            out.add(line);
            sentAt.add((wall.now - 1_000_000) / 1_000_000);
        });
    }

    private static String line(String device, String time) {
        return "{\"deviceId\":\"" + device + "\",\"enqueuedTime\":\"" + time + "\",\"messageId\":\"m\","
                + "\"properties\":{\"DeviceType\":\"Pump\"},\"systemProperties\":{},\"body\":{\"Pressure\":6.1}}";
    }

    @Test
    void jsonLinesKeepTheirGapsDividedByTheSpeedAndGoOnUntouched() throws Exception {
        List<String> lines = List.of(line("pump-01", "2025-03-01T08:00:00Z"), line("pump-02", "2025-03-01T08:00:01Z"),
                line("pump-01", "2025-03-01T08:00:01.500Z"), line("pump-01", "2025-03-01T08:00:11.500Z"));
        Path file = Files.write(folder.resolve("rec.jsonl"), lines);

        ReplayResult result = replay(file, new ReplaySpeed(10));

        assertEquals(List.of(0L, 100L, 150L, 1150L), sentAt, "milliseconds after the start at 10x");
        assertEquals(lines, out.stream().map(ReplayedLine::jsonLine).toList());
        assertEquals(List.of("pump-01", "pump-02", "pump-01", "pump-01"),
                out.stream().map(ReplayedLine::deviceId).toList());
        assertEquals(Instant.parse("2025-03-01T08:00:01.500Z"), out.get(2).time());
        assertEquals(Duration.ofMillis(11_500), result.recordedSpan());
        assertEquals(Duration.ofMillis(1150), result.wallTime());
    }

    @Test
    void asFastAsPossibleNeverWaitsAndRealTimeWaitsTheFullGap() throws Exception {
        Path file = Files.write(folder.resolve("rec.jsonl"), List.of(line("p", "2025-03-01T08:00:00Z"),
                line("p", "2025-03-01T08:01:00Z")));

        replay(file, ReplaySpeed.AS_FAST_AS_POSSIBLE);
        assertEquals(List.of(), wall.sleeps);

        replay(file, ReplaySpeed.REAL_TIME);
        assertEquals(List.of(60_000_000_000L), wall.sleeps);
    }

    @Test
    void linesWithoutATimeOrOutOfOrderGoOnAtOnceForTheDecoderToJudge() throws Exception {
        Path file = Files.write(folder.resolve("rec.jsonl"), List.of(line("p", "2025-03-01T08:00:10Z"),
                "{\"deviceId\":\"p\",\"body\":{\"Pressure\":", "", line("p", "2025-03-01T08:00:05Z"),
                line("p", "2025-03-01T08:00:12Z")));

        ReplayResult result = replay(file, new ReplaySpeed(2));

        assertEquals(4, result.lines());
        assertEquals(1, result.untimed());
        assertEquals(List.of(1L, 2L, 4L, 5L), out.stream().map(ReplayedLine::lineNumber).toList());
        assertNull(out.get(1).time());
        assertEquals(List.of(0L, 0L, 0L, 1000L), sentAt);
    }

    @Test
    void csvRowsBecomeReplayLinesAtTheirRecordedPace() throws Exception {
        Path file = Files.writeString(folder.resolve("rec.csv"), """
                time,deviceId,deviceType,Temperature,Humidity
                2025-03-01T08:00:00Z,thermostat-01,Thermostat,71.5,40
                2025-03-01T08:00:04Z,"thermostat-02",Thermostat,62,
                1740816010000,thermostat-01,Thermostat,,41.25
                """);

        replay(file, new ReplaySpeed(4));

        assertEquals(List.of(0L, 1000L, 2500L), sentAt);
        JsonNode first = new ObjectMapper().readTree(out.get(0).jsonLine());
        assertEquals("thermostat-01", first.get("deviceId").asText());
        assertEquals("2025-03-01T08:00:00Z", first.get("enqueuedTime").asText());
        assertEquals("csv-2", first.get("messageId").asText());
        assertEquals("Thermostat", first.get("properties").get("DeviceType").asText());
        assertEquals(71.5, first.get("body").get("Temperature").asDouble());
        assertEquals("{\"Temperature\":62.0}", new ObjectMapper().readTree(out.get(1).jsonLine()).get("body")
                .toString(), "an empty cell is a measurement the row lacks");
        assertEquals(Instant.parse("2025-03-01T08:00:10Z"), out.get(2).time());
    }

    @Test
    void aBadCsvIsRefusedWithLineAndColumnBeforeAnyRowGoesOut() throws IOException {
        Path file = Files.writeString(folder.resolve("rec.csv"), """
                time,deviceId,deviceType,Temperature
                2025-03-01T08:00:00Z,thermostat-01,Thermostat,71.5
                yesterday,thermostat-01,Thermostat,hot
                2025-03-01T08:00:02Z,thermostat-01
                """);

        SimulationFileException e = assertThrows(SimulationFileException.class,
                () -> replay(file, ReplaySpeed.AS_FAST_AS_POSSIBLE));

        assertEquals(List.of(
                file + " line 3, column time: 'yesterday' is not a time like 2025-03-01T08:00:00Z or epoch milliseconds",
                file + " line 3, column Temperature: 'hot' is not a number",
                file + " line 4: has 2 cells; the header has 4"),
                e.problems().stream().map(Object::toString).toList());
        assertTrue(out.isEmpty());
    }

    @Test
    void aCsvWithoutTheExpectedHeaderSaysWhatItMustBe() throws IOException {
        Path file = Files.writeString(folder.resolve("rec.csv"), "timestamp,device,Temperature\n");

        SimulationFileException e = assertThrows(SimulationFileException.class,
                () -> replay(file, ReplaySpeed.AS_FAST_AS_POSSIBLE));

        assertEquals(file + " line 1, column 1: the header must begin time,deviceId,deviceType; column 1 is "
                + "'timestamp'", e.getMessage());
    }

    @Test
    void speedsRunFromOneToAHundredOrMax() {
        assertEquals(new ReplaySpeed(25), ReplaySpeed.parse("25x"));
        assertEquals(ReplaySpeed.AS_FAST_AS_POSSIBLE, ReplaySpeed.parse("MAX"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplaySpeed.parse("500"));
        assertEquals("replay speed 500.0x is out of range: use 1 to 100, or max", e.getMessage());
    }

    @Test
    void anInterruptedReplayStops() throws IOException {
        Path file = Files.write(folder.resolve("rec.jsonl"), List.of(line("p", "2025-03-01T08:00:00Z"),
                line("p", "2025-03-01T08:00:01Z")));
        Replayer replayer = new Replayer(new Pacer() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                throw new InterruptedException("cancelled");
            }
        });

        assertThrows(InterruptedException.class, () -> replayer.replay(file, ReplaySpeed.REAL_TIME, out::add));
        assertEquals(1, out.size());
    }
}
