package org.connectedservice.iothub.internal;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.transport.TransportSession;

/** The connected devices of one simulator run, and the shared connections they ride on (AMQP multiplexing). */
final class HubSession implements TransportSession {

    private static final System.Logger LOG = System.getLogger(HubSession.class.getName());

    private final String description;
    private final Map<String, DeviceLink> links = new LinkedHashMap<>();
    private final List<Runnable> sharedConnections;
    // one thread, so a device's close and reopen happen in the order the simulator asked for them
    private final ExecutorService onlineChanges = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("iothub-online-changes").unstarted(runnable));

    HubSession(String description, List<DeviceLink> devices, List<Runnable> sharedConnectionClosers) {
        this.description = description;
        devices.forEach(link -> links.put(link.deviceId(), link));
        this.sharedConnections = List.copyOf(sharedConnectionClosers);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void send(SimulatedMessage message) {
        link(message.deviceId()).send(message);
    }

    @Override
    public void report(String deviceId, Map<String, String> properties) {
        link(deviceId).report(properties);
    }

    @Override
    public void setOnline(String deviceId, boolean online) {
        DeviceLink device = link(deviceId);
        try {
            onlineChanges.execute(() -> changeOnline(device, online));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "The session closed before " + deviceId + " could go "
                    + (online ? "online" : "offline"));
        }
    }

    private static void changeOnline(DeviceLink device, boolean online) {
        try {
            if (online) {
                device.goOnline();
            } else {
                device.goOffline();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Simulated device " + device.deviceId() + " could not go "
                    + (online ? "back online" : "offline") + " after an injected disconnect: "
                    + HubFailures.rootMessage(e), e);
        }
    }

    private DeviceLink link(String deviceId) {
        DeviceLink link = links.get(deviceId);
        if (link == null) {
            throw new IllegalStateException(deviceId + " was not in the fleet when the devices connected to IoT Hub; "
                    + "stop and start the simulator to connect it");
        }
        return link;
    }

    @Override
    public void close() {
        onlineChanges.shutdown();
        try {
            onlineChanges.awaitTermination(DeviceLink.SUBSCRIBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(List.copyOf(links.values()), sharedConnections);
    }

    /** Closes device clients and then what they share; a client that fails to close does not stop the others. */
    static void closeAll(List<DeviceLink> devices, List<Runnable> shared) {
        for (DeviceLink link : devices) {
            try {
                link.close();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "Closing the client of " + link.deviceId() + " failed", e);
            }
        }
        for (Runnable closer : shared) {
            try {
                closer.run();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "Closing a multiplexed IoT Hub connection failed", e);
            }
        }
    }
}
