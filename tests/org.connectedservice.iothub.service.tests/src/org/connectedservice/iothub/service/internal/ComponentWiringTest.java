package org.connectedservice.iothub.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.model.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The component as Declarative Services runs it: it wraps the other DeviceGateway (a local hub stands in for the
 * simulated devices), is the highest-ranked gateway, so a reference to DeviceGateway gets it, and follows the saved
 * profile to its hub and back.
 */
class ComponentWiringTest extends LocalHubTest {

    private final ProfilesInWorkspace profiles = new ProfilesInWorkspace();
    private final BundleContext context = FrameworkUtil.getBundle(ComponentWiringTest.class).getBundleContext();
    private ServiceRegistration<ConnectionProfiles> profilesRegistration;
    private ServiceRegistration<DeviceGateway> embeddedRegistration;
    private LocalServiceHub profileHub;

    @AfterEach
    void unregister() {
        if (embeddedRegistration != null) {
            embeddedRegistration.unregister();
        }
        if (profilesRegistration != null) {
            profilesRegistration.unregister();
        }
        if (profileHub != null) {
            profileHub.close();
        }
    }

    @Test
    void theHighestRankedGatewayFollowsTheProfileToItsHubAndBack() throws Exception {
        hub.twins().create("simulated-thermostat");
        profileHub = new LocalServiceHub(certificate.serverContext());
        profileHub.twins().create("hub-thermostat");
        profilesRegistration = context.registerService(ConnectionProfiles.class, profiles, null);
        Dictionary<String, Object> embedded = new Hashtable<>();
        embedded.put(Constants.SERVICE_RANKING, 0);
        embeddedRegistration = context.registerService(DeviceGateway.class, gateway, embedded);

        DeviceGateway chosen = highestRanked();
        assertEquals(List.of(new Device("simulated-thermostat", "simulated-thermostat", "", "")), chosen.devices());

        profiles.save(new ConnectionProfile("Azure", settings(profileHub.hostName(), LocalServiceHub.POLICY_KEY),
                null, null));
        assertEquals(List.of(new Device("hub-thermostat", "hub-thermostat", "", "")), chosen.devices());

        profiles.save(ConnectionProfile.embedded());
        assertEquals(List.of(new Device("simulated-thermostat", "simulated-thermostat", "", "")), chosen.devices());
    }

    /* What a static reference to DeviceGateway binds: the service with the highest ranking, once it is there. */
    private DeviceGateway highestRanked() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<DeviceGateway> best = context.getServiceReference(DeviceGateway.class);
            if (best != null && "iothub".equals(best.getProperty(IotHubGatewayComponent.GATEWAY_PROPERTY))) {
                assertEquals(100, best.getProperty(Constants.SERVICE_RANKING));
                DeviceGateway service = context.getService(best);
                assertNotNull(service);
                return service;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the IoT Hub gateway component did not come up within 10 s; is SCR running?");
    }
}
