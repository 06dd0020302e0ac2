package org.connectedservice.iothub.service.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the hub's service API is: sdkHost is what the service clients are given (host, with the port when the profile
 * names one: a local test hub), resource the host the shared access signatures are made for, messagingHost what the
 * cloud-to-device client dials (it always uses the AMQPS port, so never with a port), and name the hub's own name.
 */
record HubEndpoint(String sdkHost, String resource, String messagingHost, String name) {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    /** @throws IllegalArgumentException saying what to enter instead */
    static HubEndpoint parse(String hostName) {
        String text = hostName == null ? "" : hostName.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("https://")) {
            text = text.substring("https://".length());
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the connection profile has no IoT Hub host name; enter it in File >"
                    + " Connections, such as contoso-hub.azure-devices.net");
        }
        String host = text;
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            host = text.substring(0, colon);
            int port;
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the IoT Hub host name '" + hostName + "' has a port that is not a"
                        + " number from 1 to 65535; enter the host name alone, such as contoso-hub.azure-devices.net");
            }
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + hostName + "' is not an IoT Hub host name; enter the host name"
                    + " from the hub's Overview page, such as contoso-hub.azure-devices.net");
        }
        int dot = host.indexOf('.');
        return new HubEndpoint(text, host, host, dot > 0 ? host.substring(0, dot) : host);
    }
}
