package org.connectedservice.devices.internal.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The little JSON the sender reads and writes: device answers, one-property patches, reported values. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A device's answer for people: a JSON string or {"message": ...} as its text, anything else as sent. */
    static String text(String payload) {
        JsonNode node = parse(payload);
        if (node != null && node.isTextual()) {
            return node.asText();
        }
        if (node != null && node.isObject() && node.path("message").isTextual()) {
            return node.get("message").asText();
        }
        return payload == null ? "" : payload;
    }

    static String object(String name, String valueJson) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.set(name, parse(valueJson));
        return object.toString();
    }

    /** The JSON of a top-level member of an object, or null when it is missing. */
    static String member(String objectJson, String name) {
        JsonNode node = parse(objectJson);
        return node == null || !node.has(name) ? null : node.get(name).toString();
    }

    /** Equal JSON, numbers compared by value (65 equals 65.0). */
    static boolean sameValue(String a, String b) {
        JsonNode x = parse(a);
        JsonNode y = parse(b);
        if (x == null || y == null) {
            return false;
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
