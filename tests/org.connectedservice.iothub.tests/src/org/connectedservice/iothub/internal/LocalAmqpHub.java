package org.connectedservice.iothub.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.apache.qpid.proton.Proton;
import org.apache.qpid.proton.amqp.Binary;
import org.apache.qpid.proton.amqp.Symbol;
import org.apache.qpid.proton.amqp.messaging.AmqpValue;
import org.apache.qpid.proton.amqp.messaging.ApplicationProperties;
import org.apache.qpid.proton.amqp.messaging.Data;
import org.apache.qpid.proton.amqp.messaging.MessageAnnotations;
import org.apache.qpid.proton.amqp.messaging.Properties;
import org.apache.qpid.proton.message.Message;

/**
 * An IoT Hub's device side over AMQP, as the device SDK's AMQP transport uses it: TLS on port 5671 of a loopback
 * address (the SDK always dials 5671), a $cbs put-token per device checked against the device key, and per device
 * the links /devices/{id}/messages/events, /devices/{id}/methods/devicebound and /devices/{id}/twin.
 */
final class LocalAmqpHub implements AutoCloseable {

    static final int AMQP_PORT = 5671;

    private static final Pattern DEVICE_LINK = Pattern
            .compile("/devices/([^/]+)/(messages/events|methods/devicebound|twin)");

    private final SSLContext tls;
    private final InetAddress address;
    private final Function<String, String> deviceKeys;
    private final BlockingQueue<LocalIotHub.Telemetry> telemetry = new LinkedBlockingQueue<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Map<String, AmqpDeviceConnection> devices = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<LocalIotHub.MethodResponse>> pendingMethods = new ConcurrentHashMap<>();
    private final LocalTwins twins = new LocalTwins();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Set<AmqpDeviceConnection> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket server;
    private Thread acceptor;

    LocalAmqpHub(SSLContext tls, InetAddress address, Function<String, String> deviceKeys) {
        this.tls = tls;
        this.address = address;
        this.deviceKeys = deviceKeys;
    }

    LocalAmqpHub start() throws IOException {
        server = tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(address, AMQP_PORT));
        } catch (IOException e) {
            throw new IOException("The local AMQP hub needs " + address.getHostAddress() + ":" + AMQP_PORT
                    + " (the SDK always dials that port), "
                    + "but cannot bind it: " + e.getMessage(), e);
        }
        acceptor = Thread.ofPlatform().daemon().name("local-amqp-hub-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    AmqpDeviceConnection connection = new AmqpDeviceConnection(socket, this);
                    connections.add(connection);
                    Thread.ofPlatform().daemon().name("local-amqp-hub-connection").start(connection::serve);
                } catch (IOException e) {
                    return;
                }
            }
        });
        return this;
    }

    /** What arrived on a link from the device side. */
    void received(AmqpDeviceConnection connection, String address, Message message) {
        if ("$cbs".equals(address)) {
            authenticate(connection, message);
            return;
        }
        Matcher link = DEVICE_LINK.matcher(address == null ? "" : address);
        if (!link.matches()) {
            return;
        }
        String deviceId = link.group(1);
        switch (link.group(2)) {
            case "messages/events" -> telemetry.add(new LocalIotHub.Telemetry(deviceId, properties(message),
                    body(message), System.currentTimeMillis()));
            case "methods/devicebound" -> {
                CompletableFuture<LocalIotHub.MethodResponse> pending = pendingMethods
                        .remove(message.getCorrelationId());
                Object status = message.getApplicationProperties().getValue().get("IoThub-status");
                if (pending != null) {
                    pending.complete(new LocalIotHub.MethodResponse(((Number) status).intValue(), body(message)));
                }
            }
            default -> twinRequest(connection, deviceId, message);
        }
    }

    private void authenticate(AmqpDeviceConnection connection, Message request) {
        Map<?, ?> properties = request.getApplicationProperties().getValue();
        String name = String.valueOf(properties.get("name"));
        String deviceId = name.substring(name.lastIndexOf('/') + 1);
        String token = String.valueOf(((AmqpValue) request.getBody()).getValue());
        String refusal = SasCheck.refusal(token, name, deviceKeys.apply(deviceId));
        if (refusal == null) {
            devices.put(deviceId, connection);
        } else {
            refusals.add(deviceId + ": " + refusal);
        }
        Message response = Proton.message();
        Properties responseProperties = new Properties();
        responseProperties.setCorrelationId(request.getMessageId());
        response.setProperties(responseProperties);
        Map<String, Object> status = new HashMap<>();
        status.put("status-code", refusal == null ? 200 : 401);
        status.put("status-description", refusal == null ? "OK" : refusal);
        response.setApplicationProperties(new ApplicationProperties(status));
        connection.send("$cbs", response);
    }

    private void twinRequest(AmqpDeviceConnection connection, String deviceId, Message request) {
        Map<Symbol, Object> annotations = request.getMessageAnnotations().getValue();
        String operation = String.valueOf(annotations.get(Symbol.valueOf("operation")));
        Map<Symbol, Object> answer = new HashMap<>();
        String body = "";
        switch (operation) {
            case "PATCH" -> {
                answer.put(Symbol.valueOf("status"), 204);
                answer.put(Symbol.valueOf("version"), (long) twins.patchReported(deviceId, body(request)));
            }
            case "GET" -> {
                answer.put(Symbol.valueOf("status"), 200);
                body = twins.document(deviceId);
            }
            default -> {
                // the desired-property subscription (PUT): the settled delivery is all the SDK waits for
                return;
            }
        }
        Message response = Proton.message();
        Properties properties = new Properties();
        properties.setCorrelationId(request.getCorrelationId());
        response.setProperties(properties);
        response.setMessageAnnotations(new MessageAnnotations(answer));
        response.setBody(new Data(new Binary(body.getBytes(StandardCharsets.UTF_8))));
        connection.send("/devices/" + deviceId + "/twin", response);
    }

    private static Map<String, String> properties(Message message) {
        Map<String, String> properties = new HashMap<>();
        if (message.getApplicationProperties() != null) {
            message.getApplicationProperties().getValue().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        }
        if (message.getMessageId() != null) {
            properties.put("$.mid", String.valueOf(message.getMessageId()));
        }
        if (message.getContentType() != null) {
            properties.put("$.ct", message.getContentType());
        }
        if (message.getContentEncoding() != null) {
            properties.put("$.ce", message.getContentEncoding());
        }
        return properties;
    }

    private static String body(Message message) {
        return message.getBody() instanceof Data data
                ? new String(data.getValue().getArray(), data.getValue().getArrayOffset(), data.getValue().getLength(),
                        StandardCharsets.UTF_8)
                : "";
    }

    void disconnected(AmqpDeviceConnection connection) {
        connections.remove(connection);
        devices.values().removeIf(c -> c == connection);
    }

    BlockingQueue<LocalIotHub.Telemetry> telemetry() {
        return telemetry;
    }

    List<String> refusals() {
        return refusals;
    }

    LocalTwins twins() {
        return twins;
    }

    Set<String> authenticatedDevices() {
        return Set.copyOf(devices.keySet());
    }

    int openConnections() {
        return connections.size();
    }

    LocalIotHub.MethodResponse invokeMethod(String deviceId, String method, String payloadJson, Duration timeout)
            throws Exception {
        AmqpDeviceConnection connection = devices.get(deviceId);
        if (connection == null) {
            throw new IllegalStateException(deviceId + " is not connected");
        }
        UUID correlation = UUID.randomUUID();
        CompletableFuture<LocalIotHub.MethodResponse> answer = new CompletableFuture<>();
        pendingMethods.put(correlation, answer);
        Message request = Proton.message();
        Properties properties = new Properties();
        properties.setCorrelationId(correlation);
        request.setProperties(properties);
        request.setApplicationProperties(new ApplicationProperties(Map.of("IoThub-methodname", method)));
        request.setBody(new Data(new Binary(payloadJson.getBytes(StandardCharsets.UTF_8))));
        connection.send("/devices/" + deviceId + "/methods/devicebound", request);
        return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void patchDesired(String deviceId, String patchJson) {
        String versioned = twins.patchDesired(deviceId, patchJson);
        AmqpDeviceConnection connection = devices.get(deviceId);
        if (connection != null) {
            Message patch = Proton.message();
            patch.setMessageAnnotations(new MessageAnnotations(Map.of(Symbol.valueOf("resource"),
                    "/properties/desired", Symbol.valueOf("version"), (long) twins.desiredVersion(deviceId))));
            patch.setBody(new Data(new Binary(versioned.getBytes(StandardCharsets.UTF_8))));
            connection.send("/devices/" + deviceId + "/twin", patch);
        }
    }

    /** Returns once the port is free (see LocalIotHub.close). */
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
