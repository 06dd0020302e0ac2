package org.connectedservice.iothub.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

/**
 * An IoT Hub's device side over MQTT, as azure-wire-facts.md describes it: TLS on port 8883 of a loopback address
 * (the SDK always dials 8883), SAS passwords checked against the device keys, telemetry on
 * devices/{id}/messages/events/, direct methods on $iothub/methods/POST/{name}/?$rid=N answered on
 * $iothub/methods/res/{status}/?$rid=N, and the twin topics. The service side (invoking methods, patching desired
 * properties) is the test's.
 */
final class LocalIotHub implements AutoCloseable {

    static final int MQTT_PORT = 8883;

    record Telemetry(String deviceId, Map<String, String> properties, String body, long arrivedMillis) {
    }

    record MethodResponse(int status, String body) {
    }

    private final SSLContext tls;
    private final InetAddress address;
    private final Function<String, String> deviceKeys;
    private final BlockingQueue<Telemetry> telemetry = new LinkedBlockingQueue<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Map<String, MqttDeviceSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<MethodResponse>> pendingMethods = new ConcurrentHashMap<>();
    private final LocalTwins twins = new LocalTwins();
    private final AtomicInteger requestIds = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private Thread acceptor;

    LocalIotHub(SSLContext tls, InetAddress address, Function<String, String> deviceKeys) {
        this.tls = tls;
        this.address = address;
        this.deviceKeys = deviceKeys;
    }

    LocalIotHub start() throws IOException {
        server = tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(address, MQTT_PORT));
        } catch (IOException e) {
            throw new IOException("The local IoT Hub needs " + address.getHostAddress() + ":" + MQTT_PORT
                    + " (the SDK always dials that port), "
                    + "but cannot bind it: " + e.getMessage(), e);
        }
        acceptor = Thread.ofPlatform().daemon().name("local-iothub-accept").start(this::acceptLoop);
        return this;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                MqttDeviceSession session = new MqttDeviceSession(socket, this);
                Thread.ofPlatform().daemon().name("local-iothub-device").start(session::serve);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The key the hub holds for the device, or null when it does not know the device. */
    String keyOf(String deviceId) {
        return deviceKeys.apply(deviceId);
    }

    void refused(String reason) {
        refusals.add(reason);
    }

    void connected(String deviceId, MqttDeviceSession session) {
        MqttDeviceSession previous = sessions.put(deviceId, session);
        if (previous != null) {
            previous.close();
        }
    }

    void disconnected(String deviceId, MqttDeviceSession session) {
        sessions.remove(deviceId, session);
    }

    void received(Telemetry message) {
        telemetry.add(message);
    }

    void methodAnswered(String requestId, int status, byte[] body) {
        CompletableFuture<MethodResponse> pending = pendingMethods.remove(requestId);
        if (pending != null) {
            pending.complete(new MethodResponse(status, new String(body, StandardCharsets.UTF_8)));
        }
    }

    LocalTwins twins() {
        return twins;
    }

    BlockingQueue<Telemetry> telemetry() {
        return telemetry;
    }

    List<String> refusals() {
        return refusals;
    }

    Set<String> connectedDevices() {
        return Set.copyOf(sessions.keySet());
    }

    /** Calls a direct method the way the hub does and waits for the device's answer. */
    MethodResponse invokeMethod(String deviceId, String method, String payloadJson, Duration timeout)
            throws Exception {
        MqttDeviceSession session = sessions.get(deviceId);
        if (session == null) {
            throw new IllegalStateException(deviceId + " is not connected");
        }
        String requestId = Integer.toString(requestIds.incrementAndGet(), 16);
        CompletableFuture<MethodResponse> answer = new CompletableFuture<>();
        pendingMethods.put(requestId, answer);
        session.publish("$iothub/methods/POST/" + method + "/?$rid=" + requestId,
                payloadJson.getBytes(StandardCharsets.UTF_8));
        return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Patches the desired properties and sends the patch to the device when it listens for it. */
    void patchDesired(String deviceId, String patchJson) throws IOException {
        String versioned = twins.patchDesired(deviceId, patchJson);
        MqttDeviceSession session = sessions.get(deviceId);
        if (session != null && session.subscribedTo(MqttDeviceSession.DESIRED_PATCH_TOPIC)) {
            session.publish(MqttDeviceSession.DESIRED_PATCH_TOPIC + "?$version=" + twins.desiredVersion(deviceId),
                    versioned.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Stops listening and cuts every connection, as a hub that goes away. Returns once the port is free: the JDK
     * releases a listening socket only when the thread blocked in accept has left it.
     */
    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
            try {
                acceptor.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
