package org.connectedservice.core.simulation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.connectedservice.core.model.JsonStrings;

/**
 * One device-to-cloud message as a simulated device sends it. body is the payload text: a JSON object, or, when
 * wellFormed is false, the broken text a malformed-payload fault produced.
 */
public record SimulatedMessage(String deviceId, String deviceType, String messageId, Instant enqueuedTime,
        Map<String, String> properties, String body, boolean wellFormed) {

    public SimulatedMessage {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(enqueuedTime, "enqueuedTime");
        Objects.requireNonNull(body, "body");
        properties = Map.copyOf(properties);
    }

    public SimulatedMessage withEnqueuedTime(Instant time) {
        return new SimulatedMessage(deviceId, deviceType, messageId, time, properties, body, wellFormed);
    }

    public SimulatedMessage withBrokenBody(String brokenBody) {
        return new SimulatedMessage(deviceId, deviceType, messageId, enqueuedTime, properties, brokenBody, false);
    }

    /**
     * The message as one line of the JSON Lines replay format. A malformed payload is written as a JSON string, so
     * the line itself still parses and the decoder can tell which device sent the bad payload.
     */
    public String toJsonLine() {
        StringBuilder out = new StringBuilder(96 + body.length());
        out.append("{\"deviceId\":");
        quote(out, deviceId);
        out.append(",\"enqueuedTime\":");
        quote(out, enqueuedTime.toString());
        out.append(",\"messageId\":");
        quote(out, messageId);
        out.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(properties).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, p.getKey());
            out.append(':');
            quote(out, p.getValue());
        }
        out.append("},\"systemProperties\":{},\"body\":");
        if (wellFormed) {
            out.append(body);
        } else {
            quote(out, body);
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        JsonStrings.quote(out, text);
    }
}
