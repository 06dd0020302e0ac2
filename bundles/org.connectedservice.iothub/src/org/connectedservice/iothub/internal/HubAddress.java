package org.connectedservice.iothub.internal;

import java.util.Locale;

import org.connectedservice.simulator.transport.TransportException;

/**
 * Where a hub is reached. The profile's host name may carry a port: that is the registry's HTTPS address (a local
 * test hub); devices always dial the protocol's own port (MQTT 8883, AMQP 5671), as the device SDK does.
 */
record HubAddress(String host, int httpsPort) {

    static final int DEFAULT_HTTPS_PORT = 443;

    static HubAddress parse(String hostName) throws TransportException {
        String text = hostName == null ? "" : hostName.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("https://")) {
            text = text.substring("https://".length());
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new TransportException("The connection profile has no IoT Hub host name. Enter the hub's host "
                    + "name, such as myhub.azure-devices.net.");
        }
        String host = text;
        int port = DEFAULT_HTTPS_PORT;
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            host = text.substring(0, colon);
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new TransportException("The IoT Hub host name '" + hostName + "' has a port that is not a "
                        + "number from 1 to 65535. Enter the host name alone, such as myhub.azure-devices.net.");
            }
        }
        if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new TransportException("'" + hostName + "' is not an IoT Hub host name. Enter the hub's host "
                    + "name with its domain, such as myhub.azure-devices.net (find it on the hub's Overview page).");
        }
        return new HubAddress(host, port);
    }

    /** The registry's address, with the port when it is not the usual one. */
    String httpsAuthority() {
        return httpsPort == DEFAULT_HTTPS_PORT ? host : host + ":" + httpsPort;
    }
}
