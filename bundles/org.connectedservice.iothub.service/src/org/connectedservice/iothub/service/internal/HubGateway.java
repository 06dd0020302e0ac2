package org.connectedservice.iothub.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;

/**
 * The devices of a real IoT Hub through the Azure IoT service SDK: registry and twin queries, TwinClient,
 * DirectMethodsClient, and MessagingClient with the feedback receiver. The shared access token is renewed every
 * minute when it nears its expiry, so the AMQP links, which renew on their own schedule, always find a fresh one.
 */
final class HubGateway implements DeviceGateway, AutoCloseable {

    static final Duration TOKEN_CHECK_PERIOD = Duration.ofMinutes(1);

    private final String name;
    private final HubRegistry registry;
    private final HubTwins twins;
    private final HubMethods methods;
    private final HubMessages messages;
    private final ScheduledExecutorService renewal;

    private HubGateway(HubEndpoint endpoint, ServiceSas sas, SSLContext tls, Clock clock) {
        name = "IoT Hub " + endpoint.name();
        HubClients clients = new HubClients(endpoint, sas, tls);
        HubProblems problems = new HubProblems(endpoint.sdkHost(), sas.policy());
        registry = new HubRegistry(clients, problems, clock);
        twins = new HubTwins(clients, problems, endpoint.name());
        methods = new HubMethods(clients, problems, registry, clock, endpoint.name());
        messages = new HubMessages(clients, problems, clock, endpoint.name());
        renewal = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().daemon().name("iothub-token-renewal").unstarted(runnable));
        renewal.scheduleWithFixedDelay(sas::credential, TOKEN_CHECK_PERIOD.toMillis(), TOKEN_CHECK_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * The hub of the settings; tls is null for the JVM's trust store (a real hub's public certificate).
     *
     * @throws IllegalArgumentException saying which part of the settings is wrong
     */
    static HubGateway connect(IotHubSettings settings, SSLContext tls, Clock clock) {
        HubEndpoint endpoint = HubEndpoint.parse(settings.hostName());
        ServiceSas sas = ServiceSas.of(endpoint.resource(), settings.sharedAccessKeyName(),
                settings.sharedAccessKey(), clock);
        return new HubGateway(endpoint, sas, tls, clock);
    }

    /** The hub of the settings, or a gateway that answers every call with what is wrong with them. */
    static DeviceGateway forProfile(IotHubSettings settings, SSLContext tls, Clock clock) {
        try {
            return connect(settings, tls, clock);
        } catch (IllegalArgumentException e) {
            return new MisconfiguredHub(settings.hostName(), e.getMessage());
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Device> devices() {
        return registry.devices();
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        return registry.connections();
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return registry.register(device);
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) {
        return methods.invoke(deviceId, method, payload, responseTimeout, connectTimeout);
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        return messages.send(deviceId, body, properties, expiry);
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException {
        return messages.awaitFeedback(messageId, maxWait);
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        return twins.twin(deviceId);
    }

    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        return twins.update(deviceId, patch);
    }

    @Override
    public void close() throws InterruptedException {
        renewal.shutdownNow();
        messages.close();
    }
}
