package org.connectedservice.simulator.internal.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads command payloads the way people type them: a direct method sends JSON ("hello", 5, {"seconds": 5}), a
 * tester in the UI types plain text; both work.
 */
final class CommandPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CommandPayloads() {
    }

    static String text(String payload, String field) {
        JsonNode node = parse(payload);
        if (node == null) {
            return payload == null ? "" : payload.trim();
        }
        if (node.isObject() && node.has(field)) {
            return node.get(field).asText();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** The number in the payload, or NaN. */
    static double number(String payload, String field) {
        JsonNode node = parse(payload);
        if (node != null && node.isObject()) {
            node = node.get(field);
        }
        if (node != null && node.isNumber()) {
            return node.asDouble();
        }
        if (node != null && node.isTextual()) {
            return parseDouble(node.asText());
        }
        return node == null && payload != null ? parseDouble(payload) : Double.NaN;
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static JsonNode parse(String payload) {
        if (payload == null || payload.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
