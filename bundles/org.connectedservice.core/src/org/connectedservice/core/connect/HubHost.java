package org.connectedservice.core.connect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The IoT Hub host name of a connection profile, as typed: "https://" and a trailing slash are dropped, and a port
 * may follow (a local test hub's HTTPS port). Both IoT Hub bundles read it the same way and refuse the same input.
 */
public record HubHost(String host, int port) {

    /** No port was given. */
    public static final int NO_PORT = -1;

    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    /** @throws IllegalArgumentException saying what to enter instead */
    public static HubHost parse(String hostName) {
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
        int port = NO_PORT;
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            host = text.substring(0, colon);
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = 0;
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
        return new HubHost(host, port);
    }

    /** The host, with the port when one was given. */
    public String authority() {
        return port == NO_PORT ? host : host + ":" + port;
    }

    /** The hub's own name: the host's first label. */
    public String name() {
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }
}
