package org.connectedservice.core.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns IoT Hub messages, one JSON object per line as Event Hubs delivers them, into readings: decoded, put in
 * event-time order per device, duplicates dropped, bad input quarantined with its line number. One thread feeds
 * an instance and reads its stats.
 */
public interface MessageIngestion {

    void accept(String line);

    default void accept(Iterable<String> lines) {
        for (String line : lines) {
            accept(line);
        }
    }

    /**
     * Streams a JSON Lines replay file through, line by line, then flushes; quarantine reasons name the file's
     * line numbers.
     */
    IngestStats replay(Path jsonLines) throws IOException;

    /** Releases every buffered reading without waiting for the watermark, as at the end of a replay file. */
    void flush();

    IngestStats stats();
}
