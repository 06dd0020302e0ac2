package org.connectedservice.ui.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.ingest.MessageIngestion;
import org.connectedservice.core.ingest.MessageIngestionFactory;
import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.simulation.ReplayResult;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.connectedservice.core.simulation.ReplayedLine;
import org.connectedservice.core.simulation.TelemetryReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay tab's session with small stand-ins for the simulator's replay and the engine's ingestion (their real
 * implementations live in other bundles and are driven together by ReplayViewTest in the workbench).
 */
class ReplaySessionTest {

    private final List<String> ingested = new ArrayList<>();
    private boolean flushed;

    private final MessageIngestionFactory ingestion = (String source, Consumer<Reading> sink,
            IngestSettings settings) -> new MessageIngestion() {
        @Override
        public void accept(String line) {
            ingested.add(line);
        }

        @Override
        public IngestStats replay(Path jsonLines) {
            throw new IllegalStateException("the session hands lines on one by one");
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public IngestStats stats() {
            long bad = ingested.stream().filter(l -> !l.endsWith("}")).count();
            return new IngestStats(ingested.size(), ingested.size() - bad, Map.of(QuarantineReason.BAD_JSON, bad), 0,
                    0, ingested.size() - bad, 0);
        }
    };

    private final TelemetryIngestion engine = new TelemetryIngestion() {
        @Override
        public void ingest(Reading reading) {
        }

        @Override
        public EngineStats stats() {
            return new EngineStats(true, 0, 0, 0, 0, 0);
        }
    };

    private static TelemetryReplay linesOf(Path expected, boolean interruptAfterFirst) {
        return (file, speed, sink) -> {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (interruptAfterFirst && i == 1) {
                    throw new InterruptedException("stopped by the user");
                }
                sink.accept(new ReplayedLine(i + 1, null, null, lines.get(i)));
            }
            return new ReplayResult(lines.size(), lines.size(), Instant.EPOCH, Instant.EPOCH, Duration.ZERO);
        };
    }

    @Test
    void everyLineGoesThroughIngestionAndTheSummaryCountsWhatWasQuarantined(@TempDir Path folder) throws Exception {
        Path recording = Files.write(folder.resolve("r.jsonl"), List.of("{\"deviceId\":\"a\"}", "{broken",
                "{\"deviceId\":\"b\"}"));
        ReplaySession session = new ReplaySession(linesOf(recording, false), ingestion, engine);

        ReplaySession.Outcome outcome = session.play(recording, ReplaySpeed.AS_FAST_AS_POSSIBLE);

        assertEquals(3, ingested.size());
        assertEquals(3, session.linesHandedOn());
        assertTrue(flushed, "the last readings must not wait for the watermark");
        assertFalse(outcome.cancelled());
        assertEquals("2 messages to the engine, 1 quarantined (1 bad JSON), 0 duplicates dropped.",
                ReplayPanel.ingestSummary(outcome.ingest()));
    }

    @Test
    void stoppingKeepsWhatWasAlreadyHandedOn(@TempDir Path folder) throws Exception {
        Path recording = Files.write(folder.resolve("r.jsonl"), List.of("{\"deviceId\":\"a\"}", "{\"deviceId\":\"b\"}"));

        ReplaySession.Outcome outcome = new ReplaySession(linesOf(recording, true), ingestion, engine)
                .play(recording, ReplaySpeed.REAL_TIME);

        assertTrue(outcome.cancelled());
        assertEquals(1, ingested.size());
        assertTrue(flushed, "what was handed on still reaches the engine");
    }

    @Test
    void aMissingFileSaysWhatToPick(@TempDir Path folder) {
        ReplaySession session = new ReplaySession(linesOf(folder, false), ingestion, engine);

        String message = assertThrows(IOException.class,
                () -> session.play(folder.resolve("gone.jsonl"), ReplaySpeed.REAL_TIME)).getMessage();

        assertTrue(message.contains("pick a recorded .jsonl or .csv file"), message);
        assertTrue(ingested.isEmpty());
    }
}
