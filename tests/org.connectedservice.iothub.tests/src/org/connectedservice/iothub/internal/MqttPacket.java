package org.connectedservice.iothub.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One MQTT 3.1.1 control packet as the local hub reads and writes it: the type, flags and the bytes after. */
record MqttPacket(int type, int flags, byte[] body) {

    static final int CONNECT = 1;
    static final int CONNACK = 2;
    static final int PUBLISH = 3;
    static final int PUBACK = 4;
    static final int SUBSCRIBE = 8;
    static final int SUBACK = 9;
    static final int UNSUBSCRIBE = 10;
    static final int UNSUBACK = 11;
    static final int PINGREQ = 12;
    static final int PINGRESP = 13;
    static final int DISCONNECT = 14;

    static MqttPacket read(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("the client closed the connection");
        }
        int length = 0;
        int shift = 0;
        int next;
        do {
            next = in.read();
            if (next < 0) {
                throw new EOFException("the client closed the connection inside a packet");
            }
            length |= (next & 0x7f) << shift;
            shift += 7;
        } while ((next & 0x80) != 0);
        return new MqttPacket(first >>> 4, first & 0x0f, in.readNBytes(length));
    }

    void write(OutputStream out) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream(body.length + 5);
        packet.write(type << 4 | flags);
        int length = body.length;
        do {
            int digit = length & 0x7f;
            length >>>= 7;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.write(body);
        out.write(packet.toByteArray());
        out.flush();
    }

    static MqttPacket publish(String topic, byte[] payload, int packetId) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(body, topic);
        body.write(packetId >>> 8);
        body.write(packetId & 0xff);
        body.writeBytes(payload);
        return new MqttPacket(PUBLISH, 0b0010, body.toByteArray());
    }

    static MqttPacket withPacketId(int type, int flags, int packetId, byte... more) {
        byte[] body = new byte[2 + more.length];
        body[0] = (byte) (packetId >>> 8);
        body[1] = (byte) packetId;
        System.arraycopy(more, 0, body, 2, more.length);
        return new MqttPacket(type, flags, body);
    }

    static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }

    /** Reads the body field by field. */
    Reader reader() {
        return new Reader();
    }

    final class Reader {
        private int at;

        int u16() {
            int value = (body[at] & 0xff) << 8 | body[at + 1] & 0xff;
            at += 2;
            return value;
        }

        int u8() {
            return body[at++] & 0xff;
        }

        String string() {
            int length = u16();
            String text = new String(body, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        boolean hasMore() {
            return at < body.length;
        }

        byte[] rest() {
            byte[] rest = new byte[body.length - at];
            System.arraycopy(body, at, rest, 0, rest.length);
            at = body.length;
            return rest;
        }
    }
}
