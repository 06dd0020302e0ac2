package org.connectedservice.simulator.internal.fleet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a simulated message back into a reading where an in-process receiver takes readings: the numeric fields of
 * the payload are the measurements. A payload that is not a JSON object is refused with the reason.
 */
public final class MessageReadings {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A decoded message: the reading (null when refused or when it carried no measurement) or why it was refused. */
    public record Decoded(Reading reading, String refusal) {
    }

    private MessageReadings() {
    }

    /**
     * A reading as the message a device would send for it: the measurements as a JSON object in name order, the
     * device type as a property, and an id made of the device and the reading's time.
     */
    public static SimulatedMessage encode(Reading reading) {
        Map<String, Double> sorted = new TreeMap<>(reading.values());
        String[] names = sorted.keySet().toArray(String[]::new);
        double[] values = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
        return Payloads.message(reading.deviceId(), reading.deviceType(), reading.time().toEpochMilli(),
                reading.time().toEpochMilli(), Payloads.body(names, values));
    }

    public static Decoded decode(SimulatedMessage message) {
        if (!message.wellFormed()) {
            return new Decoded(null, "the payload of message " + message.messageId() + " is not JSON");
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(message.body());
        } catch (JsonProcessingException e) {
            return new Decoded(null, "the payload of message " + message.messageId() + " is not JSON: "
                    + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            return new Decoded(null, "the payload of message " + message.messageId() + " is not a JSON object");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isNumber()) {
                values.put(field.getKey(), field.getValue().asDouble());
            }
        }
        if (values.isEmpty()) {
            return new Decoded(null, null);
        }
        return new Decoded(new Reading(message.deviceId(), message.deviceType(), message.enqueuedTime(), values), null);
    }
}
