package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.MessageReadings;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.DeviceTransport;
import org.connectedservice.simulator.transport.TransportException;
import org.connectedservice.simulator.transport.TransportSession;

/**
 * Starts and stops a fleet runner together with its IoT Hub connections. The embedded engine always gets the fleet's
 * output, so charts and alerts keep working; with a hub in the profile every message also goes through the devices'
 * own connections, and the hub's direct methods and desired properties reach the simulated devices. A run is either
 * fully connected or not started: when a device cannot connect, none stays connected and the runner stays stopped.
 */
public final class HubLink implements TelemetrySink, DeviceHandler {

    private static final System.Logger LOG = System.getLogger(HubLink.class.getName());

    private final TelemetrySink embedded;
    private volatile TransportSession session;
    private volatile IotHubSettings connectedHub;
    private volatile FleetRunner runner;
    private DisconnectWatch disconnects;

    public HubLink(TelemetrySink embedded) {
        this.embedded = Objects.requireNonNull(embedded, "embedded");
    }

    /**
     * Connects the runner's fleet to the hub (when there is one), then starts the runner. A running runner already
     * connected is left alone.
     *
     * @throws IllegalStateException saying why the devices could not connect; the runner is not started then
     */
    public synchronized void start(FleetRunner fleetRunner, IotHubSettings hub, DeviceTransport transport) {
        runner = fleetRunner;
        if (hub != null && session == null) {
            if (transport == null) {
                throw new IllegalStateException("The connection profile sends the simulated devices to IoT Hub "
                        + hub.hostName() + ", but the IoT Hub transport (bundle org.connectedservice.iothub) is not "
                        + "installed. Reinstall the console, or remove the hub from the connection profile.");
            }
            try {
                session = transport.connect(hub, fleetRunner.fleet().ids(), this);
            } catch (TransportException e) {
                throw new IllegalStateException(e.getMessage() + " The simulator did not start.", e);
            }
            connectedHub = hub;
            reportAll(fleetRunner.fleet());
            disconnects = new DisconnectWatch(fleetRunner::fleet, session);
            disconnects.start();
            LOG.log(Level.INFO, "Simulated devices connected: {0}", session.description());
        }
        fleetRunner.start();
    }

    /** Stops the runner first, so nothing is sent on a closing connection, then disconnects the devices. */
    public synchronized void stop(FleetRunner fleetRunner) {
        fleetRunner.stop();
        if (disconnects != null) {
            disconnects.stop();
            disconnects = null;
        }
        TransportSession open = session;
        session = null;
        connectedHub = null;
        if (open != null) {
            open.close();
        }
    }

    /** Where the devices are connected, or null when they run embedded only. */
    public String connectedTo() {
        TransportSession open = session;
        return open == null ? null : open.description();
    }

    public boolean isConnected() {
        return session != null;
    }

    /** The hub the devices are connected to, or null. */
    public IotHubSettings connectedHub() {
        return connectedHub;
    }

    private void reportAll(Fleet fleet) {
        for (String id : fleet.ids()) {
            Map<String, String> reported = fleet.reported(id);
            if (!reported.isEmpty()) {
                session.report(id, reported);
            }
        }
    }

    @Override
    public void reading(Reading reading) {
        embedded.reading(reading);
        TransportSession open = session;
        if (open != null) {
            open.send(MessageReadings.encode(reading));
        }
    }

    @Override
    public void message(SimulatedMessage message) {
        embedded.message(message);
        TransportSession open = session;
        if (open != null) {
            open.send(message);
        }
    }

    @Override
    public CommandResult method(String deviceId, String methodName, String payload) {
        FleetRunner current = runner;
        return current == null ? CommandResult.notFound("the simulator is not running")
                : current.fleet().command(deviceId, methodName, payload);
    }

    @Override
    public void desired(String deviceId, String name, String value) {
        FleetRunner current = runner;
        if (current == null) {
            return;
        }
        CommandResult result = current.fleet().setDesired(deviceId, name, value);
        TransportSession open = session;
        if (result.succeeded() && open != null) {
            String reported = current.fleet().reported(deviceId).get(name.trim());
            open.report(deviceId, Map.of(name.trim(), reported));
        } else if (!result.succeeded()) {
            LOG.log(Level.WARNING, "Desired property {0} of {1} was not applied: {2}", name, deviceId,
                    result.message());
        }
    }

    /** Also reports to the hub a desired property set from the console itself. */
    public CommandResult setDesired(FleetRunner fleetRunner, String deviceId, String name, String value) {
        CommandResult result = fleetRunner.fleet().setDesired(deviceId, name, value);
        TransportSession open = session;
        if (result.succeeded() && open != null) {
            open.report(deviceId, Map.of(name.trim(), fleetRunner.fleet().reported(deviceId).get(name.trim())));
        }
        return result;
    }
}
