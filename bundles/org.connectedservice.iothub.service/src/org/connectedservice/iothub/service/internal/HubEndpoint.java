package org.connectedservice.iothub.service.internal;

import org.connectedservice.core.connect.HubHost;

/**
 * Where the hub's service API is: sdkHost is what the service clients are given (host, with the port when the profile
 * names one: a local test hub), resource the host the shared access signatures are made for, messagingHost what the
 * cloud-to-device client dials (it always uses the AMQPS port, so never with a port), and name the hub's own name.
 */
record HubEndpoint(String sdkHost, String resource, String messagingHost, String name) {

    /** @throws IllegalArgumentException saying what to enter instead */
    static HubEndpoint parse(String hostName) {
        HubHost hub = HubHost.parse(hostName);
        return new HubEndpoint(hub.authority(), hub.host(), hub.host(), hub.name());
    }
}
