package org.connectedservice.iothub.service.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubDeviceMaximumQueueDepthExceededException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubNotFoundException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubTooManyRequestsException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubUnauthorizedException;

/**
 * Turns what went wrong talking to the hub into one sentence that says what to do. what completes "could not ...",
 * such as "list its devices" or "read the twin of thermostat-01".
 */
final class HubProblems {

    static final int DEVICE_NOT_FOUND = 404001;
    static final int DEVICE_NOT_ONLINE = 404103;
    static final int QUOTA_EXCEEDED = 403002;
    static final int DEVICE_QUEUE_FULL = 403004;

    private final String host;
    private final String policy;

    HubProblems(String host, String policy) {
        this.host = host;
        this.policy = policy;
    }

    String describe(Throwable failure, String what) {
        IotHubException hub = find(failure, IotHubException.class);
        if (hub != null) {
            return refusal(hub, what);
        }
        if (has(failure, UnknownHostException.class)) {
            return "Cannot find IoT Hub host '" + host + "'. Check the host name in File > Connections (such as"
                    + " contoso-hub.azure-devices.net) and this computer's network connection.";
        }
        if (has(failure, CertificateException.class) || has(failure, SSLException.class)) {
            return "The TLS handshake with IoT Hub " + host + " failed (" + rootMessage(failure) + "): its certificate"
                    + " is not trusted for that name. Check the host name, or a proxy that intercepts TLS.";
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
            return "Nothing answers at IoT Hub " + host + ": the hub is unreachable or the network blocks it. Check"
                    + " the host name and the network, then try again.";
        }
        if (has(failure, SocketTimeoutException.class) || has(failure, TimeoutException.class)) {
            return "IoT Hub " + host + " did not answer in time, so it could not " + what + ". Check the network,"
                    + " or try again in a minute.";
        }
        return "IoT Hub " + host + " could not " + what + ": " + rootMessage(failure);
    }

    private String refusal(IotHubException failure, String what) {
        int code = failure.getErrorCode();
        int status = code >= 100_000 ? code / 1000 : code >= 100 ? code : status(failure);
        return switch (status) {
            case 401 -> "IoT Hub " + host + " refused the shared access policy '" + policy + "': the policy name or"
                    + " its key is wrong. Copy both from the hub's 'Shared access policies' page into File >"
                    + " Connections.";
            case 403 -> code == QUOTA_EXCEEDED
                    ? "IoT Hub " + host + " has used up its daily message quota, so it could not " + what + ". Wait"
                            + " for the quota to reset (midnight UTC) or move the hub to a larger tier."
                    : code == DEVICE_QUEUE_FULL
                            || failure instanceof IotHubDeviceMaximumQueueDepthExceededException
                            ? "The device's cloud-to-device queue in IoT Hub " + host + " is full (50 messages), so"
                                    + " it could not " + what + ". Wait until the device takes its messages."
                            : "The shared access policy '" + policy + "' may not " + what + " in IoT Hub " + host
                                    + ". Use a policy with 'Registry write' and 'Service connect' rights, such as"
                                    + " iothubowner.";
            case 429 -> "IoT Hub " + host + " is throttling requests (HTTP 429), so it could not " + what + ". Wait"
                    + " a minute and try again, or send to fewer devices at once.";
            case 500, 502, 503 -> "IoT Hub " + host + " is busy or failing (HTTP " + status + "), so it could not "
                    + what + ". Try again in a minute.";
            case 0 -> "IoT Hub " + host + " could not " + what + ": " + hubMessage(failure);
            default -> "IoT Hub " + host + " could not " + what + " (HTTP " + status + ": " + hubMessage(failure)
                    + ").";
        };
    }

    /* The AMQP clients raise their refusals without a status code; the exception's type says which it is. */
    private static int status(IotHubException failure) {
        if (failure instanceof IotHubUnauthorizedException) {
            return 401;
        }
        if (failure instanceof IotHubTooManyRequestsException) {
            return 429;
        }
        if (failure instanceof IotHubNotFoundException) {
            return 404;
        }
        if (failure instanceof IotHubDeviceMaximumQueueDepthExceededException) {
            return 403;
        }
        return 0;
    }

    /** The hub's own words: the "message" of its JSON error, else the text the SDK kept. */
    static String hubMessage(IotHubException failure) {
        String text = failure.getMessage() == null ? "" : failure.getMessage().strip();
        int brace = text.indexOf('{');
        if (brace >= 0) {
            try {
                JsonElement json = JsonParser.parseString(text.substring(brace));
                if (json.isJsonObject() && json.getAsJsonObject().has("message")) {
                    return json.getAsJsonObject().get("message").getAsString();
                }
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text.isEmpty() ? failure.getClass().getSimpleName() : text;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
