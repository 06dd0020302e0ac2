package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.SimulatorControl;
import org.connectedservice.core.service.TelemetryIngestion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Runs the demo fleet inside the console and feeds its readings to the ingestion engine. */
@Component(service = { SimulatorControl.class, DeviceRegistry.class }, immediate = true)
public class SimulatorService implements SimulatorControl, DeviceRegistry {

    private static final System.Logger LOG = System.getLogger(SimulatorService.class.getName());

    @Reference
    private TelemetryIngestion ingestion;

    private DemoFleet fleet;
    private FleetRunner runner;

    @Activate
    void activate() {
        SimulatorSettings settings = SimulatorSettings.fromSystemProperties();
        settings.warnings().forEach(w -> LOG.log(Level.WARNING, w));
        fleet = new DemoFleet(settings.seed());
        runner = new FleetRunner(fleet, ingestion::ingest, Clock.systemUTC(), settings.period());
        if (settings.autostart()) {
            runner.start();
        }
    }

    @Deactivate
    void deactivate() {
        runner.stop();
    }

    @Override
    public List<Device> devices() {
        return fleet.registry();
    }

    @Override
    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void start() {
        runner.start();
    }

    @Override
    public void stop() {
        runner.stop();
    }

    @Override
    public void injectSpike(String deviceId) {
        fleet.injectSpike(deviceId);
    }
}
