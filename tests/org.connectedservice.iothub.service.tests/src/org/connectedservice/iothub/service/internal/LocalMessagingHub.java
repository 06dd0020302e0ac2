package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import javax.net.ssl.SSLContext;

import org.apache.qpid.proton.Proton;
import org.apache.qpid.proton.amqp.Binary;
import org.apache.qpid.proton.amqp.Symbol;
import org.apache.qpid.proton.amqp.messaging.Accepted;
import org.apache.qpid.proton.amqp.messaging.AmqpValue;
import org.apache.qpid.proton.amqp.messaging.ApplicationProperties;
import org.apache.qpid.proton.amqp.messaging.Data;
import org.apache.qpid.proton.amqp.messaging.Properties;
import org.apache.qpid.proton.amqp.messaging.Rejected;
import org.apache.qpid.proton.amqp.transport.DeliveryState;
import org.apache.qpid.proton.amqp.transport.ErrorCondition;
import org.apache.qpid.proton.message.Message;

/**
 * IoT Hub's cloud-to-device side over AMQPS, as the service SDK's MessagingClient and feedback receiver use it: TLS
 * on port 5671 of a loopback address (the SDK always dials 5671), a $cbs put-token checked against the policy key,
 * messages on /messages/devicebound (a device the hub does not know is rejected with amqp:not-found), and feedback
 * batches the test sends on /messages/servicebound/feedback.
 */
final class LocalMessagingHub implements AutoCloseable, AmqpPeerConnection.Deliveries {

    static final int AMQPS_PORT = 5671;
    static final String FEEDBACK = "/messages/servicebound/feedback";

    record Sent(String deviceId, String messageId, Date expiry, Map<String, Object> properties, String body) {
    }

    private final SSLContext tls;
    private final InetAddress address;
    private final String policyKey;
    private final Set<String> devices = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private final BlockingQueue<DeliveryState> feedbackSettled = new LinkedBlockingQueue<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<AmqpPeerConnection> connections = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private Thread acceptor;

    LocalMessagingHub(SSLContext tls, InetAddress address, String policyKey) {
        this.tls = tls;
        this.address = address;
        this.policyKey = policyKey;
    }

    LocalMessagingHub start() throws IOException {
        server = tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(address, AMQPS_PORT));
        acceptor = Thread.ofPlatform().daemon().name("local-messaging-hub-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    AmqpPeerConnection connection = new AmqpPeerConnection(socket, this);
                    connections.add(connection);
                    Thread.ofPlatform().daemon().name("local-messaging-hub-connection").start(connection::serve);
                } catch (IOException e) {
                    return;
                }
            }
        });
        return this;
    }

    void register(String deviceId) {
        devices.add(deviceId);
    }

    BlockingQueue<Sent> sent() {
        return sent;
    }

    BlockingQueue<DeliveryState> feedbackSettled() {
        return feedbackSettled;
    }

    List<String> refusals() {
        return refusals;
    }

    @Override
    public DeliveryState received(AmqpPeerConnection connection, String linkAddress, Message message) {
        if ("$cbs".equals(linkAddress)) {
            authenticate(connection, message);
            return Accepted.getInstance();
        }
        String to = message.getAddress() == null ? "" : message.getAddress();
        String deviceId = to.replaceFirst("^/devices/([^/]+)/messages/devicebound$", "$1");
        if (!devices.contains(deviceId)) {
            Rejected rejected = new Rejected();
            rejected.setError(new ErrorCondition(Symbol.valueOf("amqp:not-found"), "Device " + deviceId
                    + " not found."));
            return rejected;
        }
        Map<String, Object> properties = new HashMap<>();
        if (message.getApplicationProperties() != null) {
            properties.putAll(message.getApplicationProperties().getValue());
        }
        Binary body = ((Data) message.getBody()).getValue();
        sent.add(new Sent(deviceId, String.valueOf(message.getMessageId()), message.getProperties()
                .getAbsoluteExpiryTime(), properties, new String(body.getArray(), body.getArrayOffset(),
                        body.getLength(), StandardCharsets.UTF_8)));
        return Accepted.getInstance();
    }

    @Override
    public void settled(DeliveryState state) {
        feedbackSettled.add(state);
    }

    private void authenticate(AmqpPeerConnection connection, Message request) {
        Map<String, Object> asked = request.getApplicationProperties().getValue();
        String resource = String.valueOf(asked.get("name"));
        String token = String.valueOf(((AmqpValue) request.getBody()).getValue());
        String refusal = SasCheck.refusal(token, resource, LocalServiceHub.POLICY, policyKey,
                System.currentTimeMillis());
        if (refusal != null) {
            refusals.add(refusal);
        }
        Message response = Proton.message();
        Properties properties = new Properties();
        properties.setCorrelationId(request.getMessageId());
        response.setProperties(properties);
        Map<String, Object> status = new HashMap<>();
        status.put("status-code", refusal == null ? 200 : 401);
        status.put("status-description", refusal == null ? "OK" : refusal);
        response.setApplicationProperties(new ApplicationProperties(status));
        connection.send("$cbs", response);
    }

    /** Sends one feedback record, as the hub does once the device settled the message or it expired. */
    void feedback(Sent message, String statusCode, String description) {
        String batch = "[{\"originalMessageId\":\"" + message.messageId() + "\",\"description\":\"" + description
                + "\",\"deviceGenerationId\":\"1\",\"deviceId\":\"" + message.deviceId() + "\",\"enqueuedTimeUtc\":\""
                + Instant.now() + "\",\"statusCode\":\"" + statusCode + "\"}]";
        Message feedback = Proton.message();
        feedback.setContentType("application/vnd.microsoft.iothub.feedback.json");
        feedback.setBody(new Data(new Binary(batch.getBytes(StandardCharsets.UTF_8))));
        connections.stream().filter(c -> c.hasLinkFrom(FEEDBACK)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no feedback receiver is attached"))
                .send(FEEDBACK, feedback);
    }

    /** Returns once the port is free: the JDK releases a listening socket only when accept has left it. */
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
