package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.model.Device;

import com.microsoft.azure.sdk.iot.service.auth.AuthenticationType;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubConflictException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubException;
import com.microsoft.azure.sdk.iot.service.query.TwinQueryResponse;
import com.microsoft.azure.sdk.iot.service.twin.Twin;

/**
 * The hub's identity registry: its devices (a twin query, since RegistryClient 2.x has no listing), their connection
 * state and last activity, and registration. The console's device type, name and asset travel as the twin tags
 * deviceType, name and asset, so importing from the hub brings them back. The hub knows no heartbeats: after a
 * reboot the first activity the hub reports past the device's answer counts as its heartbeat. Connection state is
 * read at most every CONNECTIONS_MAX_AGE: IoT Hub allows an S1 unit 20 queries a minute.
 */
final class HubRegistry {

    static final String ALL_DEVICES = "SELECT * FROM devices";
    static final Duration CONNECTIONS_MAX_AGE = Duration.ofSeconds(10);
    static final String TAG_TYPE = "deviceType";
    static final String TAG_NAME = "name";
    static final String TAG_ASSET = "asset";

    private static final System.Logger LOG = System.getLogger(HubRegistry.class.getName());

    private final HubClients clients;
    private final HubProblems problems;
    private final Clock clock;
    private final Map<String, Instant> awaitingHeartbeat = new ConcurrentHashMap<>();
    private final Map<String, Instant> heartbeats = new ConcurrentHashMap<>();
    private Map<String, DeviceConnection> connections = Map.of();
    private Instant connectionsRead = Instant.MIN;
    private String lastConnectionProblem = "";

    HubRegistry(HubClients clients, HubProblems problems, Clock clock) {
        this.clients = clients;
        this.problems = problems;
        this.clock = clock;
    }

    /** @throws IllegalStateException saying why the hub could not be read and what to do */
    List<Device> devices() {
        List<Twin> twins = twins("list its devices");
        remember(twins);
        return twins.stream().map(twin -> new Device(twin.getDeviceId(), tag(twin, TAG_NAME, twin.getDeviceId()),
                tag(twin, TAG_TYPE, ""), tag(twin, TAG_ASSET, ""))).toList();
    }

    /** The last answer when it is recent; empty while the hub cannot be read (the problem is logged once). */
    synchronized Map<String, DeviceConnection> connections() {
        if (Duration.between(connectionsRead, clock.instant()).compareTo(CONNECTIONS_MAX_AGE) < 0) {
            return connections;
        }
        try {
            remember(twins("read the connection state of its devices"));
            lastConnectionProblem = "";
        } catch (IllegalStateException e) {
            if (!e.getMessage().equals(lastConnectionProblem)) {
                LOG.log(Level.WARNING, e.getMessage());
                lastConnectionProblem = e.getMessage();
            }
            connections = Map.of();
            connectionsRead = clock.instant();
        }
        return connections;
    }

    /** The device answered a reboot at since; its next activity is its heartbeat. */
    void expectHeartbeat(String deviceId, Instant since) {
        awaitingHeartbeat.put(deviceId, since);
    }

    Optional<String> register(RegisteredDevice device) {
        try {
            clients.registry().addDevice(new com.microsoft.azure.sdk.iot.service.registry.Device(device.id(),
                    AuthenticationType.SAS));
        } catch (IotHubConflictException e) {
            LOG.log(Level.DEBUG, () -> device.id() + " is already in the hub's registry");
        } catch (IotHubException | IOException | RuntimeException e) {
            return Optional.of(problems.describe(e, "register device " + device.id()));
        }
        writeTags(device);
        return Optional.empty();
    }

    /* The device is registered either way; without its tags an import from the hub only lacks type and asset. */
    private void writeTags(RegisteredDevice device) {
        Twin tags = new Twin(device.id());
        tags.getTags().put(TAG_NAME, device.name());
        if (!device.deviceType().isEmpty()) {
            tags.getTags().put(TAG_TYPE, device.deviceType());
        }
        tags.getTags().put(TAG_ASSET, device.asset());
        try {
            clients.twins().patch(tags);
        } catch (IotHubException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "device " + device.id() + " is registered, but its tags could not be written: "
                    + problems.describe(e, "write the tags of " + device.id()));
        }
    }

    private List<Twin> twins(String what) {
        try {
            List<Twin> twins = new ArrayList<>();
            TwinQueryResponse response = clients.query().queryTwins(ALL_DEVICES);
            while (response.hasNext()) {
                twins.add(response.next());
            }
            return twins;
        } catch (IotHubException | IOException | RuntimeException e) {
            throw new IllegalStateException(problems.describe(e, what), e);
        }
    }

    private synchronized void remember(List<Twin> twins) {
        Map<String, DeviceConnection> read = new LinkedHashMap<>();
        for (Twin twin : twins) {
            String id = twin.getDeviceId();
            Instant activity = TwinMapping.time(twin.getLastActivityTime());
            Instant since = awaitingHeartbeat.get(id);
            if (since != null && activity != null && activity.isAfter(since)) {
                heartbeats.put(id, activity);
                awaitingHeartbeat.remove(id, since);
            }
            read.put(id, new DeviceConnection(id, TwinMapping.connection(twin.getConnectionState()), activity,
                    heartbeats.get(id)));
        }
        connections = Map.copyOf(read);
        connectionsRead = clock.instant();
    }

    private static String tag(Twin twin, String name, String otherwise) {
        Object value = twin.getTags() == null ? null : twin.getTags().get(name);
        return value == null || value.toString().isBlank() ? otherwise : value.toString();
    }
}
