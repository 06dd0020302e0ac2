package org.connectedservice.iothub.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.FleetRunner;
import org.connectedservice.simulator.internal.HubLink;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.ModelLibrary;

/**
 * A local IoT Hub (registry over HTTPS, devices over MQTT or AMQP, with a certificate made for the test) and a
 * simulated fleet of fast thermostats wired to it through the real device transport.
 */
final class HubTestbed implements AutoCloseable {

    static final String POLICY_KEY = "c2ltdWxhdGVkLWh1Yi1wb2xpY3kta2V5LWZvci10ZXN0cw==";
    static final Duration INTERVAL = Duration.ofMillis(200);
    static final Duration REBOOT_SILENCE = Duration.ofSeconds(2);

    final TestCertificate certificate;
    final LocalRegistry registry;
    final LocalIotHub hub;
    final LocalAmqpHub amqpHub;
    final List<Object> embedded = new CopyOnWriteArrayList<>();
    final HubLink link;
    final FleetRunner runner;
    final HubDeviceTransport transport;

    HubTestbed(TestCertificate certificate, int thermostats) throws Exception {
        this(certificate, thermostats, Set.of());
    }

    /** refusedDevices: devices the hub will not let in, though the registry has them. */
    HubTestbed(TestCertificate certificate, int thermostats, Set<String> refusedDevices) throws Exception {
        this.certificate = certificate;
        SSLContext server = certificate.serverContext();
        registry = new LocalRegistry(certificate, POLICY_KEY);
        Function<String, String> keys = id -> refusedDevices.contains(id) ? null : registry.keyOf(id);
        hub = new LocalIotHub(server, certificate.inetAddress(), keys);
        amqpHub = new LocalAmqpHub(server, certificate.inetAddress(), keys);
        link = new HubLink(new TelemetrySink() {
            @Override
            public void reading(Reading reading) {
                embedded.add(reading);
            }

            @Override
            public void message(SimulatedMessage message) {
                embedded.add(message);
            }
        });
        runner = new FleetRunner(fleet(thermostats), link, Clock.systemUTC(), Duration.ofMillis(50));
        transport = new HubDeviceTransport(certificate.clientContext(), Clock.systemUTC());
    }

    private static Fleet fleet(int thermostats) {
        DeviceModel example = ModelLibrary.example("thermostat");
        DeviceModel fast = new DeviceModel(example.name(), example.deviceType(), INTERVAL, example.sensors(),
                example.reportedProperties(), example.commands(), REBOOT_SILENCE);
        Fleet fleet = new Fleet(7, Clock.systemUTC().instant());
        fleet.addModel(fast, thermostats, "Building A");
        return fleet;
    }

    IotHubSettings settings(DeviceProtocol protocol) {
        return new IotHubSettings(registry.hostName(), LocalRegistry.POLICY, POLICY_KEY, protocol, true);
    }

    void start(IotHubSettings settings) {
        link.start(runner, settings, transport);
    }

    @Override
    public void close() throws Exception {
        link.stop(runner);
        hub.close();
        amqpHub.close();
        registry.close();
    }
}
