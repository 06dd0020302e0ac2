package org.connectedservice.core.ingest;

import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;

/** Opens an ingestion front end whose readings go to the given sink, usually TelemetryIngestion::ingest. */
public interface MessageIngestionFactory {

    /** @param source names the feed in quarantine records, e.g. "event-hubs" */
    MessageIngestion open(String source, Consumer<Reading> sink, IngestSettings settings);

    default MessageIngestion open(String source, Consumer<Reading> sink) {
        return open(source, sink, IngestSettings.defaults());
    }
}
