package org.connectedservice.engine.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.FaultOutbox;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.engine.internal.eval.DeviceAssets;
import org.connectedservice.engine.internal.eval.RuleEvaluator;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The embedded ingestion and threshold engine, with the last hour of 1 Hz telemetry kept for live charts. The
 * clock lags the wall clock by the ingestion stage's reorder tolerance, so a late reading still finds its window.
 */
@Component(immediate = true, service = { TelemetryIngestion.class, LiveTelemetry.class }, reference = @Reference(
        name = EngineService.REGISTRY, service = DeviceRegistry.class, cardinality = ReferenceCardinality.OPTIONAL,
        policy = ReferencePolicy.DYNAMIC))
public class EngineService implements TelemetryIngestion, LiveTelemetry {

    static final int LIVE_POINTS = 3600;
    static final Duration CLOCK_PERIOD = Duration.ofSeconds(1);
    static final Duration LATENESS = Duration.ofSeconds(5);
    static final long ASSETS_MAX_AGE_NANOS = 10_000_000_000L;

    private static final Logger LOG = System.getLogger(EngineService.class.getName());

    @Reference
    private RulesRepository rules;

    @Reference
    private FaultOutbox outbox;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TelemetryHistory history;

    /*
     * The device registry (the simulator, which itself needs this engine) is looked up when the assets are read, not
     * bound at activation: binding it made SCR report a circular reference, as an error, at every start.
     */
    static final String REGISTRY = "registry";
    private volatile ComponentContext context;

    private ThresholdEngine engine;
    private AutoCloseable rulesSubscription;

    @Activate
    void activate(ComponentContext componentContext) {
        context = componentContext;
        DeviceAssets assets = new DeviceAssets(this::registeredDevices, System::nanoTime, ASSETS_MAX_AGE_NANOS);
        engine = new ThresholdEngine(new RuleEvaluator(assets), outbox, System::nanoTime, new LiveSeries(LIVE_POINTS),
                () -> history);
        rulesSubscription = engine.follow(rules);
        engine.startClock(Clock.systemUTC(), CLOCK_PERIOD, LATENESS);
    }

    @Deactivate
    void deactivate() {
        engine.stop();
        try {
            rulesSubscription.close();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "ending the rules subscription failed", e);
        }
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

    private List<Device> registeredDevices() {
        ComponentContext c = context;
        DeviceRegistry current = c == null ? null : (DeviceRegistry) c.locateService(REGISTRY);
        return current == null ? List.of() : current.devices();
    }
}
