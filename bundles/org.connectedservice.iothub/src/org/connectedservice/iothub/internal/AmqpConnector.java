package org.connectedservice.iothub.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.TransportException;

import com.microsoft.azure.sdk.iot.device.ClientOptions;
import com.microsoft.azure.sdk.iot.device.DeviceClient;
import com.microsoft.azure.sdk.iot.device.IotHubClientProtocol;
import com.microsoft.azure.sdk.iot.device.MultiplexingClient;
import com.microsoft.azure.sdk.iot.device.MultiplexingClientOptions;
import com.microsoft.azure.sdk.iot.device.exceptions.MultiplexingClientRegistrationException;

/**
 * AMQP: devices share multiplexed connections, up to the SDK's limit per connection, so a large fleet needs a
 * handful of TLS connections instead of one per device. When anything fails, every connection opened so far is
 * closed again.
 */
final class AmqpConnector {

    static final int AMQP_PORT = 5671;
    static final int DEVICES_PER_CONNECTION = MultiplexingClient.MAX_MULTIPLEX_DEVICE_COUNT_AMQPS;
    static final int MESSAGES_PER_SEND_PERIOD = 100;

    private final HubAddress address;
    private final SSLContext trust;
    private final int devicesPerConnection;

    AmqpConnector(HubAddress address, SSLContext trust) {
        this(address, trust, DEVICES_PER_CONNECTION);
    }

    AmqpConnector(HubAddress address, SSLContext trust, int devicesPerConnection) {
        this.address = address;
        this.trust = trust;
        this.devicesPerConnection = devicesPerConnection;
    }

    HubSession open(Map<String, String> keys, DeviceHandler handler) throws TransportException {
        List<DeviceLink> links = new ArrayList<>();
        List<MultiplexingClient> connections = new ArrayList<>();
        List<Runnable> closers = new ArrayList<>();
        String deviceId = null;
        try {
            MultiplexingClient connection = null;
            List<DeviceClient> pending = new ArrayList<>();
            for (Map.Entry<String, String> device : keys.entrySet()) {
                deviceId = device.getKey();
                if (connection == null || pending.size() == devicesPerConnection) {
                    register(connection, pending);
                    connection = new MultiplexingClient(address.host(), IotHubClientProtocol.AMQPS, options());
                    connections.add(connection);
                    closers.add(connection::close);
                    pending = new ArrayList<>();
                }
                // the SDK takes TLS settings from the first device's options, not the multiplexing client's
                DeviceClient client = new DeviceClient(HubConnectionStrings.device(address.host(), deviceId,
                        device.getValue()), IotHubClientProtocol.AMQPS, deviceOptions());
                pending.add(client);
                links.add(new DeviceLink(deviceId, client, connection));
            }
            register(connection, pending);
            deviceId = null;
            for (MultiplexingClient open : connections) {
                open.open(false);
            }
            Map<DeviceLink, CompletableFuture<Void>> subscriptions = new LinkedHashMap<>();
            for (DeviceLink link : links) {
                deviceId = link.deviceId();
                subscriptions.put(link, link.subscribe(handler));
            }
            DeviceLink.awaitSubscriptions(subscriptions, address.host(), AMQP_PORT, "AMQP");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HubSession.closeAll(links, closers);
            throw new TransportException("Connecting the simulated devices was interrupted.", e);
        } catch (TransportException e) {
            HubSession.closeAll(links, closers);
            throw e;
        } catch (MultiplexingClientRegistrationException e) {
            HubSession.closeAll(links, closers);
            Map.Entry<String, Exception> first = e.getRegistrationExceptions().entrySet().stream().findFirst()
                    .orElse(null);
            throw new TransportException(first == null
                    ? HubFailures.deviceFailure(address.host(), AMQP_PORT, "AMQP", null, e)
                    : HubFailures.deviceFailure(address.host(), AMQP_PORT, "AMQP", first.getKey(), first.getValue()),
                    e);
        } catch (Exception e) {
            HubSession.closeAll(links, closers);
            throw new TransportException(HubFailures.deviceFailure(address.host(), AMQP_PORT, "AMQP", deviceId, e), e);
        }
        return new HubSession("IoT Hub " + address.host() + " over AMQP, " + links.size() + " devices on "
                + connections.size() + " multiplexed connection" + (connections.size() == 1 ? "" : "s"), links,
                closers);
    }

    private static void register(MultiplexingClient connection, List<DeviceClient> clients) throws Exception {
        if (connection != null && !clients.isEmpty()) {
            connection.registerDeviceClients(clients);
        }
    }

    private ClientOptions deviceOptions() {
        return trust == null ? null : ClientOptions.builder().sslContext(trust).build();
    }

    /** The SDK sends 10 messages per 10 ms send period by default: too few for 1,000 devices at 1 Hz. */
    private MultiplexingClientOptions options() {
        return MultiplexingClientOptions.builder().sslContext(trust)
                .maxMessagesSentPerSendInterval(MESSAGES_PER_SEND_PERIOD).build();
    }
}
