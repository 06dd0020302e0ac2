package org.connectedservice.engine.internal;

import java.util.List;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.FaultOutbox;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryIngestion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The embedded ingestion and threshold engine, with the last hour of 1 Hz telemetry kept for live charts. */
@Component(immediate = true, service = { TelemetryIngestion.class, LiveTelemetry.class })
public class EngineService implements TelemetryIngestion, LiveTelemetry {

    static final int LIVE_POINTS = 3600;

    @Reference
    private RulesRepository rules;

    @Reference
    private FaultOutbox outbox;

    private ThresholdEngine engine;

    @Activate
    void activate() {
        engine = new ThresholdEngine(new InstantThresholdEvaluator(), outbox, rules::activeRules, System::nanoTime,
                new LiveSeries(LIVE_POINTS));
    }

    @Deactivate
    void deactivate() {
        engine.stop();
    }

    @Override
    public void ingest(Reading reading) {
        engine.ingest(reading);
    }

    @Override
    public EngineStats stats() {
        return engine.stats();
    }

    @Override
    public List<String> measurements(String deviceId) {
        return engine.live().measurements(deviceId);
    }

    @Override
    public SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints) {
        return engine.live().snapshot(deviceId, measurement, maxPoints);
    }
}
