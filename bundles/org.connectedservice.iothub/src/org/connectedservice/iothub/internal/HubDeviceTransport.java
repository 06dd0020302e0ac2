package org.connectedservice.iothub.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.DeviceTransport;
import org.connectedservice.simulator.transport.TransportException;
import org.connectedservice.simulator.transport.TransportSession;

import com.microsoft.azure.sdk.iot.device.ClientOptions;

/**
 * Simulated devices through a real IoT Hub with the Azure device SDK: registry identities first (created in bulk
 * when the profile allows it), then one device client per device, over MQTT or multiplexed AMQP.
 */
final class HubDeviceTransport implements DeviceTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final SSLContext trust;
    private final Clock clock;

    /** trust: whom TLS trusts, or null for the SDK's own IoT Hub certificate roots. */
    HubDeviceTransport(SSLContext trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    public TransportSession connect(IotHubSettings hub, List<String> deviceIds, DeviceHandler handler)
            throws TransportException {
        HubAddress address = HubAddress.parse(hub.hostName());
        boolean amqp = hub.deviceProtocol() == IotHubSettings.DeviceProtocol.AMQP;
        if (!amqp && deviceIds.size() > MqttConnector.MAX_DEVICES) {
            throw new TransportException("Over MQTT every simulated device needs its own connection and about ten "
                    + "threads, so " + deviceIds.size() + " devices are too many (at most " + MqttConnector.MAX_DEVICES
                    + "). Choose AMQP in the connection profile: it shares one connection among up to "
                    + AmqpConnector.DEVICES_PER_CONNECTION + " devices.");
        }
        SasTokens tokens = SasTokens.of(hub.sharedAccessKeyName(), hub.sharedAccessKey());
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
        if (trust != null) {
            http.sslContext(trust);
        }
        Map<String, String> keys;
        try (HttpClient client = http.build()) {
            keys = new DeviceIdentities(client, address, tokens, hub.sharedAccessKeyName().strip(), clock)
                    .keys(deviceIds, hub.createDevicesInBulk());
        }
        if (amqp) {
            return new AmqpConnector(address, trust).open(keys, handler);
        }
        ClientOptions options = trust == null ? null : ClientOptions.builder().sslContext(trust).build();
        return new MqttConnector(address, options).open(keys, handler);
    }
}
