package org.connectedservice.cli.internal;

import static org.connectedservice.cli.internal.Files4Test.lines;
import static org.connectedservice.cli.internal.Files4Test.message;
import static org.connectedservice.cli.internal.Files4Test.read;
import static org.connectedservice.cli.internal.Files4Test.run;
import static org.connectedservice.cli.internal.Files4Test.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.connectedservice.cli.internal.Files4Test.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-02T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ReplayCommand replay = new ReplayCommand(CLOCK);

    private Path telemetry() {
        return lines(dir, "telemetry.jsonl", List.of(
                message("thermostat-02", "2025-03-01T08:00:00Z", "m1", 68.0),
                message("thermostat-01", "2025-03-01T08:00:00Z", "m2", 71.5),
                "{not json",
                message("thermostat-02", "2025-03-01T08:00:01Z", "m3", 72.25),
                message("thermostat-01", "2025-03-01T08:00:01Z", "m4", 69.0),
                message("thermostat-01", "2025-03-01T08:00:01Z", "m4", 69.0),
                message("thermostat-02", "2025-03-01T08:00:02Z", "m5", 66.0)));
    }

    @Test
    void writesOneSortedJsonFaultPerLineForRaisesAndClears() {
        Path rules = write(dir, "devicerules.json", Files4Test.DEVICE_RULES);
        Path out = dir.resolve("faults.jsonl");

        Run result = run(replay::run, "--rules", rules.toString(), "--telemetry", telemetry().toString(), "--out",
                out.toString());

        assertEquals(0, result.code(), result.err());
        String rule = "\"ruleId\":\"thermostat-temperature-gt\",\"ruleVersion\":1,\"measurement\":\"Temperature\"";
        assertEquals(String.join("\n",
                "{\"token\":\"thermostat-01|thermostat-temperature-gt|v1|1740816000000\",\"kind\":\"RAISED\","
                        + "\"deviceId\":\"thermostat-01\"," + rule + ",\"value\":71.5,\"threshold\":70.0,"
                        + "\"windowStart\":\"2025-03-01T08:00:00Z\",\"raisedAt\":\"2025-03-01T08:00:00Z\"}",
                "{\"token\":\"thermostat-01|thermostat-temperature-gt|v1|1740816000000\",\"kind\":\"CLEARED\","
                        + "\"deviceId\":\"thermostat-01\"," + rule + ",\"value\":69.0,\"threshold\":70.0,"
                        + "\"windowStart\":\"2025-03-01T08:00:00Z\",\"raisedAt\":\"2025-03-01T08:00:00Z\","
                        + "\"clearedAt\":\"2025-03-01T08:00:01Z\"}",
                "{\"token\":\"thermostat-02|thermostat-temperature-gt|v1|1740816001000\",\"kind\":\"RAISED\","
                        + "\"deviceId\":\"thermostat-02\"," + rule + ",\"value\":72.25,\"threshold\":70.0,"
                        + "\"windowStart\":\"2025-03-01T08:00:01Z\",\"raisedAt\":\"2025-03-01T08:00:01Z\"}",
                "{\"token\":\"thermostat-02|thermostat-temperature-gt|v1|1740816001000\",\"kind\":\"CLEARED\","
                        + "\"deviceId\":\"thermostat-02\"," + rule + ",\"value\":66.0,\"threshold\":70.0,"
                        + "\"windowStart\":\"2025-03-01T08:00:01Z\",\"raisedAt\":\"2025-03-01T08:00:01Z\","
                        + "\"clearedAt\":\"2025-03-01T08:00:02Z\"}") + "\n", read(out));
        assertTrue(result.out().contains("7 messages: 5 readings, 1 quarantined (1 bad JSON), 1 duplicates dropped"),
                result.out());
        assertTrue(result.out().contains("2 raised, 2 cleared"), result.out());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("replay: quarantined telemetry.jsonl line 3: bad JSON"), result.err());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path rules = write(dir, "devicerules.json", Files4Test.DEVICE_RULES);
        Path telemetry = telemetry();
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        run(replay::run, "--rules", rules.toString(), "--telemetry", telemetry.toString(), "--out", first.toString());
        run(new ReplayCommand(Clock.systemUTC())::run, "--rules", rules.toString(), "--telemetry",
                telemetry.toString(), "--out", second.toString());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void readsOurRulesFormatWithWindowsAndClosesTheLastWindowOnlyWhenTheDataPassesIt() {
        Path rules = write(dir, "rules.json", """
                {"rules": [{"id": "hot-average", "scope": {"deviceType": "Thermostat"}, "measurement": "Temperature",
                  "condition": ">", "threshold": 70,
                  "aggregation": {"function": "avg", "window": "tumbling", "sizeSeconds": 10}}]}
                """);
        Path telemetry = lines(dir, "avg.jsonl", List.of(
                message("t-1", "2025-03-01T08:00:02Z", "a", 80.0),
                message("t-1", "2025-03-01T08:00:08Z", "b", 70.0),
                message("t-1", "2025-03-01T08:00:12Z", "c", 90.0)));
        Path out = dir.resolve("avg-faults.jsonl");

        Run result = run(replay::run, "--rules", rules.toString(), "--telemetry", telemetry.toString(), "--out",
                out.toString());

        assertEquals(0, result.code(), result.err());
        assertEquals("{\"token\":\"t-1|hot-average|v1|1740816000000\",\"kind\":\"RAISED\",\"deviceId\":\"t-1\","
                + "\"ruleId\":\"hot-average\",\"ruleVersion\":1,\"measurement\":\"Temperature\",\"value\":75.0,"
                + "\"threshold\":70.0,\"windowStart\":\"2025-03-01T08:00:00Z\",\"raisedAt\":\"2025-03-01T08:00:10Z\"}\n",
                read(out));
    }

    @Test
    void aMissingOptionIsAUsageErrorOnOneLine() {
        Run result = run(replay::run, "--rules", "r.json", "--telemetry", "t.jsonl");

        assertEquals(2, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("replay: --out is missing; usage: ./console replay --rules FILE"),
                result.err());
    }

    @Test
    void aMissingFileFailsWithItsName() {
        Path out = dir.resolve("faults.jsonl");
        Run result = run(replay::run, "--rules", dir.resolve("nope.json").toString(), "--telemetry", "t.jsonl",
                "--out", out.toString());

        assertEquals(1, result.code());
        assertEquals(List.of("replay: the rules file " + dir.resolve("nope.json") + " does not exist or is not a file"),
                result.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenRulesFileNamesTheLineAndWritesNothing() {
        Path rules = write(dir, "rules.json", "{\"rules\": [\n  {\"id\": \"x\", \"scope\": {\"deviceType\": \"T\"},\n"
                + "   \"measurement\": \"Temperature\", \"condition\": \">>\", \"threshold\": 1}]}\n");
        Path out = dir.resolve("faults.jsonl");

        Run result = run(replay::run, "--rules", rules.toString(), "--telemetry", telemetry().toString(), "--out",
                out.toString());

        assertEquals(1, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("rules.json") && result.err().contains("line 3"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpExplainsTheOutputFormat() {
        Run result = run(replay::run, "--help");

        assertEquals(0, result.code());
        assertTrue(result.out().contains("clearedAt"), result.out());
    }
}
