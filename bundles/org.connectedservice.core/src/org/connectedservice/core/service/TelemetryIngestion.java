package org.connectedservice.core.service;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Reading;

/** Entry point of the ingestion and threshold engine: every source (simulator, replay, Event Hubs) feeds it. */
public interface TelemetryIngestion {

    void ingest(Reading reading);

    EngineStats stats();
}
