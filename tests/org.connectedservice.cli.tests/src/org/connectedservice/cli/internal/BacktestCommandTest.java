package org.connectedservice.cli.internal;

import static org.connectedservice.cli.internal.Files4Test.lines;
import static org.connectedservice.cli.internal.Files4Test.message;
import static org.connectedservice.cli.internal.Files4Test.run;
import static org.connectedservice.cli.internal.Files4Test.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.cli.internal.Files4Test.Run;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;

    private final FakeServices services = new FakeServices();
    private final BacktestCommand backtest = new BacktestCommand(services, Clock.systemUTC());

    private Path candidate() {
        return write(dir, "candidate.json", Files4Test.DEVICE_RULES.replace("70.0", "65.0"));
    }

    private Path telemetry() {
        return lines(dir, "t.jsonl", List.of(
                message("thermostat-01", "2025-03-01T08:00:00Z", "1", 60.0),
                message("thermostat-01", "2025-03-01T08:00:01Z", "2", 67.0),
                message("thermostat-01", "2025-03-01T08:00:02Z", "3", 72.0),
                message("thermostat-01", "2025-03-01T08:00:03Z", "4", 60.0)));
    }

    @Test
    void comparesTheCandidateWithTheWorkspaceRulesOverAFile() {
        services.activeRules = List.of(ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp",
                "Thermostat", "Temperature", 70, Severity.HIGH));

        Run result = run(backtest::run, "--rules", candidate().toString(), "--telemetry", telemetry().toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("4 readings"), result.out());
        assertTrue(result.out().contains("the workspace's active rules (1 rules)"), result.out());
        assertTrue(result.out().matches("(?s).*faults raised\\s+1\\s+1\\n.*"), result.out());
        assertTrue(result.out().matches("(?s).*first-detection delay, mean\\s+0\\.000 s\\s+0\\.000 s\\n.*"),
                result.out());
        assertTrue(result.out().contains("Alerts only the candidate raises (appearing): 1"), result.out());
        assertTrue(result.out().contains("2025-03-01T08:00:01Z  thermostat-01"), result.out());
    }

    @Test
    void printsJsonForScripts() {
        Path active = write(dir, "active.json", Files4Test.DEVICE_RULES);

        Run result = run(backtest::run, "--rules", candidate().toString(), "--active", active.toString(),
                "--telemetry", telemetry().toString(), "--flap-minutes", "1", "--json");

        assertEquals(0, result.code(), result.err());
        String json = result.out().strip();
        assertTrue(json.startsWith("{\"source\":\"") && json.endsWith("}"), json);
        assertTrue(json.contains("\"readings\":4,"), json);
        assertTrue(json.contains("\"flapMinutes\":1,"), json);
        assertTrue(json.contains("\"candidate\":{\"rules\":1,\"raised\":1,\"cleared\":1,\"flaps\":1,"), json);
        assertTrue(json.contains("\"appearingCount\":1,\"appearing\":[{\"deviceId\":\"thermostat-01\","), json);
        assertEquals(1, result.out().lines().count());
    }

    @Test
    void backtestsTheStoredHistoryOfARange() {
        Path active = write(dir, "active.json", Files4Test.DEVICE_RULES);
        double[] values = { 60, 67, 72, 60 };
        for (int i = 0; i < values.length; i++) {
            services.history.add(new Reading("thermostat-01", "Thermostat", T0.plusSeconds(i),
                    Map.of("Temperature", values[i])));
        }

        Run result = run(backtest::run, "--rules", candidate().toString(), "--active", active.toString(), "--from",
                "2025-03-01T08:00:00Z", "--to", "2025-03-01");

        assertEquals(2, result.code());
        assertTrue(result.err().contains("must be before --to"), result.err());

        result = run(backtest::run, "--rules", candidate().toString(), "--active", active.toString(), "--from",
                "2025-03-01", "--to", "2025-03-02");

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("stored history from 2025-03-01T00:00:00Z to 2025-03-02T00:00:00Z: 4 readings"),
                result.out());
    }

    @Test
    void aLockedDatabaseIsOneLine() {
        services.historyProblem = "the workspace database /home/u/.connectedservice/db is locked by a running console";

        Run result = run(backtest::run, "--rules", candidate().toString(), "--from", "2025-03-01", "--to",
                "2025-03-02");

        assertEquals(1, result.code());
        assertEquals(List.of("backtest: " + services.historyProblem), result.errLines());
    }

    @Test
    void needsExactlyOneSourceOfReadings() {
        Run neither = run(backtest::run, "--rules", candidate().toString());
        Run both = run(backtest::run, "--rules", candidate().toString(), "--telemetry", "t.jsonl", "--from", "2025");
        Run badTime = run(backtest::run, "--rules", "c.json", "--from", "yesterday", "--to", "2025-03-02");

        assertEquals(2, neither.code());
        assertEquals(2, both.code());
        assertTrue(neither.err().startsWith("backtest: give either --telemetry FILE or both --from and --to"));
        assertEquals(2, badTime.code());
        assertTrue(badTime.err().contains("--from 'yesterday' is not an ISO-8601 time"), badTime.err());
        assertEquals(1, badTime.errLines().size());
    }
}
