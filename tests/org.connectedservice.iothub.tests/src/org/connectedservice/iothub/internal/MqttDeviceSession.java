package org.connectedservice.iothub.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One device's MQTT connection to the local hub. */
final class MqttDeviceSession {

    static final String DESIRED_PATCH_TOPIC = "$iothub/twin/PATCH/properties/desired/";

    private static final Pattern METHOD_RESPONSE = Pattern.compile("\\$iothub/methods/res/(\\d+)/\\?\\$rid=(.+)");
    private static final Pattern TWIN_GET = Pattern.compile("\\$iothub/twin/GET/\\?\\$rid=(.+)");
    private static final Pattern REPORTED_PATCH = Pattern
            .compile("\\$iothub/twin/PATCH/properties/reported/\\?\\$rid=([^&]+).*");

    private final Socket socket;
    private final LocalIotHub hub;
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger packetIds = new AtomicInteger();
    private OutputStream out;
    private String deviceId;

    MqttDeviceSession(Socket socket, LocalIotHub hub) {
        this.socket = socket;
        this.hub = hub;
    }

    void serve() {
        try (socket) {
            InputStream in = socket.getInputStream();
            out = socket.getOutputStream();
            if (!accept(MqttPacket.read(in))) {
                return;
            }
            while (true) {
                MqttPacket packet = MqttPacket.read(in);
                switch (packet.type()) {
                    case MqttPacket.PUBLISH -> published(packet);
                    case MqttPacket.SUBSCRIBE -> subscribed(packet);
                    case MqttPacket.UNSUBSCRIBE -> send(MqttPacket.withPacketId(MqttPacket.UNSUBACK, 0,
                            packet.reader().u16()));
                    case MqttPacket.PINGREQ -> send(new MqttPacket(MqttPacket.PINGRESP, 0, new byte[0]));
                    case MqttPacket.DISCONNECT -> {
                        return;
                    }
                    default -> {
                        // PUBACKs for what the hub sent: QoS 1 needs no more from the hub's side here
                    }
                }
            }
        } catch (IOException e) {
            // the device went away or the hub was closed; either ends this session
        } finally {
            if (deviceId != null) {
                hub.disconnected(deviceId, this);
            }
        }
    }

    /** CONNECT: the username is {host}/{deviceId}/?api-version=..., the password the device's SAS token. */
    private boolean accept(MqttPacket connect) throws IOException {
        MqttPacket.Reader reader = connect.reader();
        reader.string();
        reader.u8();
        int flags = reader.u8();
        reader.u16();
        String clientId = reader.string();
        String username = (flags & 0x80) != 0 ? reader.string() : "";
        String password = (flags & 0x40) != 0 ? reader.string() : "";
        String[] userParts = username.split("/", 3);
        String refusal = userParts.length < 2 || !userParts[1].equals(clientId)
                ? "user name '" + username + "' does not name client " + clientId
                : SasCheck.refusal(password, userParts[0] + "/devices/" + clientId, hub.keyOf(clientId));
        if (refusal != null) {
            hub.refused(clientId + ": " + refusal);
            send(new MqttPacket(MqttPacket.CONNACK, 0, new byte[] { 0, 5 }));
            return false;
        }
        deviceId = clientId;
        send(new MqttPacket(MqttPacket.CONNACK, 0, new byte[] { 0, 0 }));
        hub.connected(deviceId, this);
        return true;
    }

    private void subscribed(MqttPacket packet) throws IOException {
        MqttPacket.Reader reader = packet.reader();
        int packetId = reader.u16();
        ByteArrayOutputStream granted = new ByteArrayOutputStream();
        while (reader.hasMore()) {
            subscriptions.add(reader.string().replace("#", ""));
            reader.u8();
            granted.write(1);
        }
        send(MqttPacket.withPacketId(MqttPacket.SUBACK, 0, packetId, granted.toByteArray()));
    }

    boolean subscribedTo(String topicPrefix) {
        return subscriptions.contains(topicPrefix);
    }

    private void published(MqttPacket packet) throws IOException {
        MqttPacket.Reader reader = packet.reader();
        String topic = reader.string();
        int qos = (packet.flags() >>> 1) & 3;
        if (qos > 0) {
            send(MqttPacket.withPacketId(MqttPacket.PUBACK, 0, reader.u16()));
        }
        byte[] payload = reader.rest();
        String events = "devices/" + deviceId + "/messages/events/";
        Matcher matcher;
        if (topic.startsWith(events)) {
            hub.received(new LocalIotHub.Telemetry(deviceId, properties(topic.substring(events.length())),
                    new String(payload, StandardCharsets.UTF_8), System.currentTimeMillis()));
        } else if ((matcher = METHOD_RESPONSE.matcher(topic)).matches()) {
            hub.methodAnswered(matcher.group(2), Integer.parseInt(matcher.group(1)), payload);
        } else if ((matcher = TWIN_GET.matcher(topic)).matches()) {
            publish("$iothub/twin/res/200/?$rid=" + matcher.group(1),
                    hub.twins().document(deviceId).getBytes(StandardCharsets.UTF_8));
        } else if ((matcher = REPORTED_PATCH.matcher(topic)).matches()) {
            int version = hub.twins().patchReported(deviceId, new String(payload, StandardCharsets.UTF_8));
            publish("$iothub/twin/res/204/?$rid=" + matcher.group(1) + "&$version=" + version, new byte[0]);
        }
    }

    private static Map<String, String> properties(String encoded) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                properties.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    void publish(String topic, byte[] payload) throws IOException {
        int packetId = packetIds.incrementAndGet() % 65535 + 1;
        send(MqttPacket.publish(topic, payload, packetId));
    }

    private synchronized void send(MqttPacket packet) throws IOException {
        packet.write(out);
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
