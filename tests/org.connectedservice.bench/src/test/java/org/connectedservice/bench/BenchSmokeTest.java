package org.connectedservice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark at tiny sizes: it must run end to end, print the JSON lines scripts read, and our engine and Esper
 * must agree on every fault of every scenario (which also checks that the EPL means what our rules mean).
 */
class BenchSmokeTest {

    @Test
    void bothEnginesRaiseAndClearTheSameFaultsAndEveryFigureIsPrinted() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<String> lines = new Bench(BenchSizes.tiny(), new PrintStream(text, true, StandardCharsets.UTF_8)).run();

        String printed = text.toString(StandardCharsets.UTF_8);
        assertEquals(6, lines.size(), printed);
        for (String scenario : List.of("a", "b", "c")) {
            String line = lines.stream().filter(l -> l.contains("\"scenario\":\"" + scenario + "\"")).findFirst()
                    .orElseThrow();
            assertTrue(line.matches("\\{\"bench\":\"engine\",\"scenario\":\"" + scenario + "\",\"events_per_s\":\\d+,"
                    + "\"esper_events_per_s\":\\d+,\"ratio\":[0-9.]+,\"same_faults\":true,\"p99_latency_us\":"
                    + "([0-9.]+|null),\"state_bytes_per_device_rule\":[0-9.]+}"), line + "\n" + printed);
        }
        assertTrue(lines.get(3).matches("\\{\"bench\":\"ingest\",\"msgs_per_s\":\\d+}"), lines.get(3));
        assertTrue(lines.get(4).matches("\\{\"bench\":\"history\",\"writes_per_s\":\\d+}"), lines.get(4));
        assertTrue(lines.get(5).startsWith("{\"bench\":\"simulator\",\"devices\":200,\"rate_hz\":1,"), lines.get(5));
        assertTrue(printed.contains("Targets"), printed);
    }

    @Test
    void everyScenarioRaisesFaultsSoTheComparisonMeansSomething() {
        var stream = TelemetryStream.generate(200, 200, Bench.SEED);
        for (Scenario scenario : Scenario.values()) {
            EngineRun run = EngineRun.run(scenario, BenchSizes.tiny().rules(scenario), stream, 0);
            assertTrue(run.faults.raised() > 10, scenario + " raised " + run.faults.raised());
        }
    }
}
