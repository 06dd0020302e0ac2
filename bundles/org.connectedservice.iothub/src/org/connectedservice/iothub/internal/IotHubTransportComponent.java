package org.connectedservice.iothub.internal;

import java.time.Clock;
import java.util.List;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.DeviceTransport;
import org.connectedservice.simulator.transport.TransportException;
import org.connectedservice.simulator.transport.TransportSession;
import org.osgi.service.component.annotations.Component;

/** Offers the IoT Hub device transport to the simulator; TLS trusts the hub's public certificate roots. */
@Component(service = DeviceTransport.class)
public class IotHubTransportComponent implements DeviceTransport {

    private final DeviceTransport transport = new HubDeviceTransport(null, Clock.systemUTC());

    @Override
    public TransportSession connect(IotHubSettings hub, List<String> deviceIds, DeviceHandler handler)
            throws TransportException {
        return transport.connect(hub, deviceIds, handler);
    }
}
