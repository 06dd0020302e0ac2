package org.connectedservice.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.engine.internal.ingest.IngestPipeline;

/**
 * A JSON Lines replay file decoded by the engine's own ingestion front end, so a headless run treats bad, late and
 * duplicate messages exactly as the running console does. Devices are typed by their DeviceType property: a
 * headless run has no device registry.
 */
final class TelemetryFile {

    static final int SHOWN_QUARANTINED = 10;

    private final Path file;
    private final MemoryQuarantine quarantine = new MemoryQuarantine(SHOWN_QUARANTINED);
    private IngestStats stats;

    TelemetryFile(Path file) {
        this.file = file;
    }

    /** Streams every reading to the sink in per-device event-time order. */
    IngestStats replay(Clock clock, Consumer<Reading> sink) throws CommandException {
        Arguments.existingFile("telemetry file", file);
        IngestPipeline pipeline = new IngestPipeline(file.getFileName().toString(), id -> Optional.empty(),
                quarantine, IngestSettings.defaults(), clock, sink);
        try {
            stats = pipeline.replay(file);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return stats;
    }

    /** One line on what ingestion did, e.g. "120 messages: 118 readings, 2 quarantined (1 bad JSON, 1 late)". */
    String summary() {
        StringBuilder text = new StringBuilder();
        text.append(stats.received()).append(" messages: ").append(stats.delivered()).append(" readings, ")
                .append(stats.quarantined()).append(" quarantined");
        if (stats.quarantined() > 0) {
            text.append(" (").append(stats.quarantinedByReason().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", "))).append(')');
        }
        return text.append(", ").append(stats.duplicates()).append(" duplicates dropped").toString();
    }

    /** Shows the first quarantined messages with their reasons, so a user can fix the file. */
    void reportQuarantine(String command, PrintStream err) {
        for (QuarantinedMessage message : quarantine.first()) {
            err.println(command + ": quarantined " + message.source() + " " + HeadlessCommand.oneLine(message.reason()));
        }
        long more = quarantine.count() - quarantine.first().size();
        if (more > 0) {
            err.println(command + ": ... and " + more + " more quarantined messages");
        }
    }
}
