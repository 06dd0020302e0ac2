package org.connectedservice.engine.internal.backtest;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.engine.internal.eval.DeviceAssets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The backtest for the rules editor: over replayed readings always, over stored history when there is one. */
@Component(service = Backtester.class)
public class BacktestService implements Backtester {

    static final long ASSETS_MAX_AGE_NANOS = 10_000_000_000L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TelemetryHistory history;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceRegistry registry;

    private EngineBacktester backtester;

    @Activate
    void activate() {
        backtester = new EngineBacktester(new DeviceAssets(this::registeredDevices, System::nanoTime,
                ASSETS_MAX_AGE_NANOS), () -> history);
    }

    @Override
    public BacktestReport compare(List<ThresholdRule> active, List<ThresholdRule> candidate,
            Iterable<Reading> readings, BacktestOptions options) {
        return backtester.compare(active, candidate, readings, options);
    }

    @Override
    public BacktestReport compareOverHistory(List<ThresholdRule> active, List<ThresholdRule> candidate, Instant from,
            Instant to, BacktestOptions options) {
        return backtester.compareOverHistory(active, candidate, from, to, options);
    }

    private List<Device> registeredDevices() {
        DeviceRegistry current = registry;
        return current == null ? List.of() : current.devices();
    }
}
