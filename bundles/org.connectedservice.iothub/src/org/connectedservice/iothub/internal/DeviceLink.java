package org.connectedservice.iothub.internal;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.TransportException;

import com.microsoft.azure.sdk.iot.device.ConnectionStatusChangeContext;
import com.microsoft.azure.sdk.iot.device.DeviceClient;
import com.microsoft.azure.sdk.iot.device.IotHubConnectionStatusChangeReason;
import com.microsoft.azure.sdk.iot.device.IotHubStatusCode;
import com.microsoft.azure.sdk.iot.device.Message;
import com.microsoft.azure.sdk.iot.device.MultiplexingClient;
import com.microsoft.azure.sdk.iot.device.exceptions.IotHubClientException;
import com.microsoft.azure.sdk.iot.device.transport.IotHubConnectionStatus;
import com.microsoft.azure.sdk.iot.device.twin.DirectMethodPayload;
import com.microsoft.azure.sdk.iot.device.twin.DirectMethodResponse;
import com.microsoft.azure.sdk.iot.device.twin.Twin;

/**
 * One simulated device's client: sends its telemetry and reported properties, and hands the hub's direct methods
 * and desired properties to the simulator. While the SDK reconnects, sends queue inside the client; once the SDK
 * has given up, a send fails with the reason.
 */
final class DeviceLink {

    private static final System.Logger LOG = System.getLogger(DeviceLink.class.getName());
    static final int SUBSCRIBE_TIMEOUT_MILLIS = 30_000;

    private final String deviceId;
    private final DeviceClient client;
    private final MultiplexingClient sharedConnection;
    private final Queue<SimulatedMessage> heldWhileOffline = new ArrayDeque<>();
    private volatile DeviceHandler handler;
    private boolean offline;
    private final AtomicLong failedSends = new AtomicLong();
    private volatile IotHubConnectionStatus status = IotHubConnectionStatus.DISCONNECTED;
    private volatile String lostBecause;

    DeviceLink(String deviceId, DeviceClient client) {
        this(deviceId, client, null);
    }

    /** sharedConnection: the multiplexed AMQP connection the client is registered on, or null for its own. */
    DeviceLink(String deviceId, DeviceClient client, MultiplexingClient sharedConnection) {
        this.deviceId = deviceId;
        this.client = client;
        this.sharedConnection = sharedConnection;
        client.setConnectionStatusChangeCallback(this::statusChanged, null);
    }

    String deviceId() {
        return deviceId;
    }

    /**
     * Starts listening for direct methods and desired properties; call once the client is open. Completes when the
     * hub has acknowledged both, so a fleet's subscriptions can all be in flight at once.
     */
    CompletableFuture<Void> subscribe(DeviceHandler handler) {
        this.handler = handler;
        CompletableFuture<Void> methods = new CompletableFuture<>();
        CompletableFuture<Void> twin = new CompletableFuture<>();
        client.subscribeToMethodsAsync((name, payload, context) -> answer(handler, name, payload), null,
                (failure, context) -> settle(methods, failure), null);
        client.subscribeToDesiredPropertiesAsync((desiredTwin, context) -> desired(handler, desiredTwin), null,
                (failure, context) -> settle(twin, failure), null);
        return CompletableFuture.allOf(methods, twin);
    }

    private static void settle(CompletableFuture<Void> subscription, IotHubClientException failure) {
        if (failure == null) {
            subscription.complete(null);
        } else {
            subscription.completeExceptionally(failure);
        }
    }

    /**
     * Waits for the subscriptions of every device, up to one timeout in all.
     *
     * @throws TransportException naming the first device whose subscription failed or did not come
     */
    static void awaitSubscriptions(Map<DeviceLink, CompletableFuture<Void>> subscriptions, String host, int port,
            String protocol) throws TransportException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SUBSCRIBE_TIMEOUT_MILLIS);
        for (Map.Entry<DeviceLink, CompletableFuture<Void>> subscription : subscriptions.entrySet()) {
            String deviceId = subscription.getKey().deviceId();
            try {
                subscription.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new TransportException(HubFailures.deviceFailure(host, port, protocol, deviceId, e.getCause()),
                        e.getCause());
            } catch (TimeoutException e) {
                throw new TransportException("IoT Hub " + host + " did not confirm within "
                        + SUBSCRIBE_TIMEOUT_MILLIS / 1000 + " s that device " + deviceId + " listens for direct "
                        + "methods and desired properties. The hub may be overloaded; try again, or simulate fewer "
                        + "devices.", e);
            }
        }
    }

    private DirectMethodResponse answer(DeviceHandler handler, String name, DirectMethodPayload payload) {
        String json = payload == null ? null : payload.getPayloadAsJsonString();
        CommandResult result;
        try {
            result = handler.method(deviceId, name, json);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulated device " + deviceId + " failed on method " + name, e);
            result = new CommandResult(500, deviceId + " failed on " + name + ": " + e.getMessage());
        }
        return new DirectMethodResponse(result.status(), result.message());
    }

    private void desired(DeviceHandler handler, Twin twin) {
        twin.getDesiredProperties().forEach((name, value) -> {
            if (!name.startsWith("$")) {
                handler.desired(deviceId, name, TwinValues.json(value));
            }
        });
    }

    synchronized void send(SimulatedMessage message) {
        if (offline) {
            heldWhileOffline.add(message);
            return;
        }
        String lost = lostBecause;
        if (lost != null) {
            throw new IllegalStateException(deviceId + " is no longer connected to IoT Hub (" + lost
                    + "); stop and start the simulator to reconnect");
        }
        Message out = new Message(message.body().getBytes(StandardCharsets.UTF_8));
        out.setMessageId(message.messageId());
        out.setContentType("application/json");
        out.setContentEncoding("utf-8");
        out.setCreationTimeUTC(Date.from(message.enqueuedTime()));
        message.properties().forEach(out::setProperty);
        client.sendEventAsync(out, (sent, failure, context) -> {
            // messages still queued when the run stops are cancelled on close; that is not a hub refusing them
            if (failure != null && failure.getStatusCode() != IotHubStatusCode.MESSAGE_CANCELLED_ONCLOSE
                    && failedSends.getAndIncrement() == 0) {
                LOG.log(Level.WARNING, "IoT Hub did not accept a message from " + deviceId + ": "
                        + failure.getMessage());
            }
        }, null);
    }

    synchronized void report(Map<String, String> properties) {
        if (offline || lostBecause != null) {
            return;
        }
        client.updateReportedPropertiesAsync(TwinValues.reported(properties), (code, response, failure, ctx) -> {
            if (failure != null && failure.getStatusCode() != IotHubStatusCode.MESSAGE_CANCELLED_ONCLOSE) {
                LOG.log(Level.WARNING, "IoT Hub did not take the reported properties of " + deviceId + ": "
                        + failure.getMessage());
            }
        }, null);
    }

    private void statusChanged(ConnectionStatusChangeContext change) {
        IotHubConnectionStatus previous = status;
        status = change.getNewStatus();
        if (status == IotHubConnectionStatus.DISCONNECTED && previous != IotHubConnectionStatus.DISCONNECTED) {
            Throwable cause = change.getCause();
            lostBecause = change.getNewStatusReason() + (cause == null ? "" : ": " + HubFailures.rootMessage(cause));
        } else if (status == IotHubConnectionStatus.CONNECTED) {
            lostBecause = null;
        }
        if (previous != status) {
            boolean routine = status == IotHubConnectionStatus.CONNECTED
                    || change.getNewStatusReason() == IotHubConnectionStatusChangeReason.CLIENT_CLOSE;
            LOG.log(routine ? Level.DEBUG : Level.WARNING,
                    "Simulated device {0}: {1} ({2})", deviceId, status, change.getNewStatusReason());
        }
    }

    /**
     * Closes the device's connection as a network fault would (a multiplexed client leaves its shared connection).
     * Blocks while the SDK closes; run it off the simulator's tick thread.
     */
    void goOffline() throws Exception {
        synchronized (this) {
            if (offline) {
                return;
            }
            offline = true;
        }
        if (sharedConnection == null) {
            client.close();
        } else {
            sharedConnection.unregisterDeviceClient(client);
        }
    }

    /** Connects again, listens for methods and desired properties again, then sends what waited meanwhile. */
    void goOnline() throws Exception {
        synchronized (this) {
            if (!offline) {
                return;
            }
        }
        if (sharedConnection == null) {
            client.open(false);
        } else {
            sharedConnection.registerDeviceClient(client);
        }
        lostBecause = null;
        subscribe(handler).get(SUBSCRIBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        synchronized (this) {
            offline = false;
            while (!heldWhileOffline.isEmpty()) {
                send(heldWhileOffline.poll());
            }
        }
    }

    /** A multiplexed client closes with its shared connection. */
    void close() {
        if (!client.isMultiplexed()) {
            client.close();
        }
    }
}
