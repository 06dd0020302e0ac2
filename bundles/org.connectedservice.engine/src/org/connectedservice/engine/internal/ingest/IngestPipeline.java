package org.connectedservice.engine.internal.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.ingest.MessageIngestion;
import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.QuarantineStore;

/**
 * The ingestion front end: decode, drop duplicates, quarantine bad and late messages with the line they came
 * from, put each device's readings in event-time order, and hand them to the sink. A bad message only costs
 * itself: the next line is decoded as if nothing happened. Not thread-safe: one thread feeds it.
 */
public final class IngestPipeline implements MessageIngestion {

    private final String source;
    private final MessageDecoder decoder;
    private final QuarantineStore quarantine;
    private final Clock clock;
    private final Duration lateness;
    private final DuplicateFilter duplicates;
    private final EventTimeOrdering ordering;
    private final long[] quarantinedByReason = new long[QuarantineReason.values().length];
    private long lines;
    private long received;
    private long decoded;
    private long duplicateCount;
    private long delivered;

    /**
     * @param source names this feed in quarantine records (a replay names its file instead)
     * @param devices the registry's device for an id; for unknown devices the DeviceType property is used
     */
    public IngestPipeline(String source, Function<String, Optional<Device>> devices, QuarantineStore quarantine,
            IngestSettings settings, Clock clock, Consumer<Reading> sink) {
        this.source = source;
        this.decoder = new MessageDecoder(devices, clock, settings.maxClockSkew());
        this.quarantine = quarantine;
        this.clock = clock;
        this.lateness = settings.lateness();
        this.duplicates = new DuplicateFilter(settings.duplicateIds(), settings.duplicateWindow());
        this.ordering = new EventTimeOrdering(settings.lateness(), reading -> {
            delivered++;
            sink.accept(reading);
        });
    }

    @Override
    public void accept(String line) {
        accept(source, ++lines, line);
    }

    @Override
    public IngestStats replay(Path jsonLines) throws IOException {
        String file = jsonLines.getFileName().toString();
        JsonLinesFile.forEachLine(jsonLines, (number, line) -> accept(file, number, line));
        flush();
        return stats();
    }

    @Override
    public void flush() {
        ordering.flush();
    }

    @Override
    public IngestStats stats() {
        Map<QuarantineReason, Long> byReason = new EnumMap<>(QuarantineReason.class);
        for (QuarantineReason reason : QuarantineReason.values()) {
            if (quarantinedByReason[reason.ordinal()] > 0) {
                byReason.put(reason, quarantinedByReason[reason.ordinal()]);
            }
        }
        return new IngestStats(received, decoded, byReason, duplicateCount,
                quarantinedByReason[QuarantineReason.LATE.ordinal()], delivered, ordering.buffered());
    }

    private void accept(String from, long lineNumber, String line) {
        if (line.isBlank()) {
            return;
        }
        received++;
        DecodedMessage message;
        try {
            message = decoder.decode(line);
        } catch (BadMessageException e) {
            quarantine(from, lineNumber, e.reason(), e.getMessage(), line);
            return;
        }
        decoded++;
        Reading reading = message.reading();
        long time = epochNanos(reading.time());
        // Duplicates first: a retry of a delivered message arriving late is a repeat, not news for the quarantine.
        if (!duplicates.firstTime(reading.deviceId(), message.messageId(), time)) {
            duplicateCount++;
            return;
        }
        long lateBy = ordering.lateBy(time);
        if (lateBy > 0) {
            Duration behind = Duration.ofNanos(lateBy);
            Instant seen = reading.time().plus(behind).plus(lateness);
            quarantine(from, lineNumber, QuarantineReason.LATE, "late by " + Durations.describe(behind) + " beyond the "
                    + Durations.describe(lateness) + " tolerance: device " + reading.deviceId() + " at "
                    + reading.time() + " arrived after a reading at " + seen + "; raise the lateness tolerance if "
                    + "such delays are expected", line);
            return;
        }
        ordering.add(reading, time);
    }

    private void quarantine(String from, long lineNumber, QuarantineReason reason, String why, String raw) {
        quarantinedByReason[reason.ordinal()]++;
        quarantine.add(new QuarantinedMessage(0, clock.instant(), from, "line " + lineNumber + ": " + why, raw));
    }

    private static long epochNanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
