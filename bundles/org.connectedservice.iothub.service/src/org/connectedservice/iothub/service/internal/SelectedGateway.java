package org.connectedservice.iothub.service.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;

/**
 * The gateway the registry and the commands talk to: the hub of the active connection profile while it has one,
 * the embedded gateway otherwise. A profile change takes effect at the next call; the previous hub's connections
 * are closed, and a message's feedback is always awaited from the gateway that sent it.
 */
public class SelectedGateway implements DeviceGateway, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SelectedGateway.class.getName());

    private final DeviceGateway embedded;
    private final Function<IotHubSettings, DeviceGateway> hubs;
    private final Map<String, DeviceGateway> senders = new ConcurrentHashMap<>();
    private IotHubSettings settings;
    private DeviceGateway hub;

    /** hubs makes the gateway of a hub's settings; it must not fail (a broken profile answers with its problem). */
    public SelectedGateway(DeviceGateway embedded, Function<IotHubSettings, DeviceGateway> hubs) {
        this.embedded = embedded;
        this.hubs = hubs;
    }

    /** Uses the profile's hub from now on, or the embedded gateway when it has none. */
    public void select(ConnectionProfile profile) {
        IotHubSettings wanted = profile == null ? null : profile.hub().orElse(null);
        DeviceGateway previous;
        synchronized (this) {
            if (Objects.equals(wanted, settings)) {
                return;
            }
            previous = hub;
            settings = wanted;
            hub = wanted == null ? null : hubs.apply(wanted);
        }
        LOG.log(Level.INFO, "devices and commands now go to " + name());
        retire(previous);
    }

    synchronized DeviceGateway current() {
        return hub != null ? hub : embedded;
    }

    /* Closing waits for the AMQP links to end; the thread that saved the profile does not wait for that. */
    private static void retire(DeviceGateway gateway) {
        if (gateway instanceof AutoCloseable closeable) {
            Thread.ofPlatform().daemon().name("iothub-close").start(() -> {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "closing the connections of " + gateway.name() + " failed", e);
                }
            });
        }
    }

    @Override
    public String name() {
        return current().name();
    }

    @Override
    public List<Device> devices() {
        return current().devices();
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        return current().connections();
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return current().register(device);
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) throws InterruptedException {
        return current().invokeMethod(deviceId, method, payload, responseTimeout, connectTimeout);
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        DeviceGateway gateway = current();
        Enqueued enqueued = gateway.sendMessage(deviceId, body, properties, expiry);
        if (enqueued.messageId() != null) {
            senders.put(enqueued.messageId(), gateway);
        }
        return enqueued;
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException {
        DeviceGateway sender = senders.getOrDefault(messageId, current());
        try {
            return sender.awaitFeedback(messageId, maxWait);
        } finally {
            senders.remove(messageId);
        }
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        return current().twin(deviceId);
    }

    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        return current().updateTwin(deviceId, patch);
    }

    /** Closes the hub's connections; the embedded gateway belongs to someone else. */
    @Override
    public void close() throws Exception {
        DeviceGateway previous;
        synchronized (this) {
            previous = hub;
            hub = null;
            settings = null;
        }
        if (previous instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
