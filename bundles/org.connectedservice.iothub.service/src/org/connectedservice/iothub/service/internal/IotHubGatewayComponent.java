package org.connectedservice.iothub.service.internal;

import java.time.Clock;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.devices.DeviceGateway;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the console's device gateway: the active profile's IoT Hub while it has one, else the embedded gateway it
 * wraps (any other DeviceGateway: the simulated devices). Its ranking puts it before the embedded gateway for the
 * registry and the command service; TLS trusts the JVM's certificate roots, as a real hub needs.
 */
@Component(service = DeviceGateway.class, property = { "service.ranking:Integer=100",
        IotHubGatewayComponent.GATEWAY_PROPERTY + "=iothub" })
public class IotHubGatewayComponent extends SelectedGateway {

    static final String GATEWAY_PROPERTY = "connectedservice.gateway";

    private final ConnectionProfiles profiles;
    private final Consumer<ConnectionProfile> listener = this::select;

    @Activate
    public IotHubGatewayComponent(@Reference ConnectionProfiles profiles,
            @Reference(target = "(!(" + GATEWAY_PROPERTY + "=iothub))") DeviceGateway embedded) {
        super(embedded, settings -> HubGateway.forProfile(settings, null, Clock.systemUTC()));
        this.profiles = profiles;
        select(profiles.active());
        profiles.addListener(listener);
    }

    @Deactivate
    void stop() throws Exception {
        profiles.removeListener(listener);
        close();
    }
}
