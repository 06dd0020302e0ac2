package org.connectedservice.iothub.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLException;

import com.microsoft.azure.sdk.iot.device.exceptions.IotHubClientException;
import com.microsoft.azure.sdk.iot.device.transport.amqps.exceptions.ProtonIOException;
import com.microsoft.azure.sdk.iot.device.transport.https.exceptions.UnauthorizedException;
import com.microsoft.azure.sdk.iot.device.IotHubStatusCode;

/** Turns what went wrong talking to a hub into one message that says what to check. */
final class HubFailures {

    private HubFailures() {
    }

    /** The hub could not be reached at all: name, network, port or TLS. */
    static String unreachable(String host, int port, String protocol, Throwable failure) {
        if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
            return "Cannot find IoT Hub host '" + host + "'. Check the host name in the connection profile (such as "
                    + "myhub.azure-devices.net) and this computer's network connection.";
        }
        if (has(failure, CertificateException.class) || has(failure, SSLException.class)) {
            return "The TLS handshake with " + host + ":" + port + " failed (" + rootMessage(failure) + "). The "
                    + "server's certificate is not trusted for that name: check the host name, or a proxy that "
                    + "intercepts TLS.";
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)
                || refusedByProton(failure)) {
            return "Nothing answers at " + host + ":" + port + " (" + protocol + "): the hub is unreachable or the "
                    + "port is blocked. Check the host name, and that the network allows " + protocol + " on port "
                    + port + ".";
        }
        if (has(failure, SocketTimeoutException.class) || has(failure, HttpTimeoutException.class)) {
            return host + ":" + port + " (" + protocol + ") did not answer in time. Check the network, or try "
                    + "again later.";
        }
        return "Could not talk to IoT Hub " + host + ":" + port + " over " + protocol + ": " + rootMessage(failure);
    }

    static String registryRefusal(String host, String policy, String what, int status, String body) {
        return switch (status) {
            case 401 -> "IoT Hub " + host + " refused the shared access policy '" + policy + "': the policy name "
                    + "or its key is wrong. Copy both from the hub's 'Shared access policies' page.";
            case 403 -> "The shared access policy '" + policy + "' may not " + what + " in IoT Hub " + host + ". "
                    + "Use a policy with 'Registry write' and 'Device connect' rights, such as iothubowner.";
            case 404 -> what.startsWith("read device ")
                    ? "Device " + what.substring("read device ".length()) + " is not in IoT Hub " + host
                            + "'s registry. Allow creating devices in bulk in the connection profile, or register it."
                    : "IoT Hub " + host + " has no registry at that address (HTTP 404); check the host name.";
            case 429 -> "IoT Hub " + host + " is throttling registry requests (HTTP 429). Wait a minute and start "
                    + "again, or simulate fewer devices.";
            default -> "IoT Hub " + host + " could not " + what + " (HTTP " + status + (body == null
                    || body.isBlank() ? "" : ": " + abbreviate(body)) + ").";
        };
    }

    /** A device connection refused or failed. */
    static String deviceFailure(String host, int port, String protocol, String deviceId, Throwable failure) {
        IotHubClientException hubError = find(failure, IotHubClientException.class);
        IotHubStatusCode status = hubError == null ? null : hubError.getStatusCode();
        if (status == IotHubStatusCode.UNAUTHORIZED || has(failure, UnauthorizedException.class)) {
            return "IoT Hub " + host + " refused device " + deviceId + ": its key is not accepted. If the device "
                    + "was registered by hand, delete it from the hub so the simulator creates it with its own key, "
                    + "or check the shared access key in the connection profile.";
        }
        if (status == IotHubStatusCode.QUOTA_EXCEEDED || status == IotHubStatusCode.THROTTLED) {
            return "IoT Hub " + host + " refused device " + deviceId + " because of its quota or throttling ("
                    + status + "). Simulate fewer devices, or use a larger hub tier.";
        }
        if (reachability(failure)) {
            return unreachable(host, port, protocol, failure);
        }
        return (deviceId == null ? "The simulated devices" : "Device " + deviceId) + " could not connect to IoT Hub "
                + host + " over " + protocol + ": " + rootMessage(failure);
    }

    /** Whether the failure is about reaching the host at all, not about one device. */
    private static boolean reachability(Throwable failure) {
        return has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)
                || has(failure, CertificateException.class) || has(failure, SSLException.class)
                || has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)
                || has(failure, SocketTimeoutException.class) || refusedByProton(failure);
    }

    /** The AMQP reactor reports a refused connection as an I/O error of its own, with the socket's message. */
    private static boolean refusedByProton(Throwable failure) {
        ProtonIOException io = find(failure, ProtonIOException.class);
        return io != null && String.valueOf(io.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("refused");
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
