package org.connectedservice.iothub.internal;

import org.connectedservice.core.connect.HubHost;
import org.connectedservice.simulator.transport.TransportException;

/**
 * Where a hub is reached. The profile's host name may carry a port: that is the registry's HTTPS address (a local
 * test hub); devices always dial the protocol's own port (MQTT 8883, AMQP 5671), as the device SDK does.
 */
record HubAddress(String host, int httpsPort) {

    static final int DEFAULT_HTTPS_PORT = 443;

    static HubAddress parse(String hostName) throws TransportException {
        try {
            HubHost hub = HubHost.parse(hostName);
            return new HubAddress(hub.host(), hub.port() == HubHost.NO_PORT ? DEFAULT_HTTPS_PORT : hub.port());
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            throw new TransportException(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
        }
    }

    /** The registry's address, with the port when it is not the usual one. */
    String httpsAuthority() {
        return httpsPort == DEFAULT_HTTPS_PORT ? host : host + ":" + httpsPort;
    }
}
