package org.connectedservice.ui.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.ingest.MessageIngestion;
import org.connectedservice.core.ingest.MessageIngestionFactory;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.simulation.ReplayResult;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.connectedservice.core.simulation.TelemetryReplay;

/**
 * Plays a recording into the running engine through the same ingestion front end as Event Hubs messages, so a
 * recorded line that is bad lands in the quarantine with its line number instead of stopping the replay. Only the
 * line counter is read while the replay thread runs; the ingestion counters are read once it ended.
 */
final class ReplaySession {

    record Outcome(ReplayResult replay, IngestStats ingest, boolean cancelled) {
    }

    private final TelemetryReplay replay;
    private final MessageIngestionFactory ingestion;
    private final TelemetryIngestion engine;
    private final AtomicLong handedOn = new AtomicLong();

    ReplaySession(TelemetryReplay replay, MessageIngestionFactory ingestion, TelemetryIngestion engine) {
        this.replay = replay;
        this.ingestion = ingestion;
        this.engine = engine;
    }

    /** Blocks until the file was played or the calling thread is interrupted (then cancelled is true). */
    Outcome play(Path file, ReplaySpeed speed) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no file " + file + "; pick a recorded .jsonl or .csv file");
        }
        handedOn.set(0);
        MessageIngestion front = ingestion.open("replay " + file.getFileName(), engine::ingest);
        try {
            ReplayResult result = replay.replay(file, speed, line -> {
                front.accept(line.jsonLine());
                handedOn.incrementAndGet();
            });
            front.flush();
            return new Outcome(result, front.stats(), false);
        } catch (InterruptedException e) {
            front.flush();
            return new Outcome(null, front.stats(), true);
        }
    }

    long linesHandedOn() {
        return handedOn.get();
    }
}
