package org.connectedservice.devices.internal.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.connectedservice.core.devices.TwinChange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tags and desired properties as an editor holds them: checked against IoT Hub's rules (a JSON object, keys without
 * '.', '$', spaces or control characters, at most 10 levels deep, at most 32 KB), compared property by property,
 * and turned into the JSON merge patch that makes one into the other.
 */
final class TwinJson {

    static final int MAX_DEPTH = 10;
    static final int MAX_BYTES = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TwinJson() {
    }

    /** The object the text holds, or null after adding what is wrong to problems (section names the editor). */
    static ObjectNode parse(String section, String text, List<String> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(section + (at == null ? "" : ", line " + at.getLineNr() + " column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            problems.add(section + ": must be a JSON object, like {\"name\": \"value\"}");
            return null;
        }
        int before = problems.size();
        checkKeys(section, "", object, 1, problems);
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(section + ": is larger than the hub's 32 KB");
        }
        return problems.size() == before ? object : null;
    }

    private static void checkKeys(String section, String path, JsonNode node, int depth, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.add(section + ": " + path + " nests deeper than the hub's " + MAX_DEPTH + " levels");
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.isEmpty() || key.chars().anyMatch(c -> c == '.' || c == '$' || c == ' ' || Character.isISOControl(c))) {
                problems.add(section + ": the key '" + key + "' may not be empty or hold '.', '$' or spaces");
            }
            checkKeys(section, path.isEmpty() ? key : path + "." + key, field.getValue(), depth + 1, problems);
        }
    }

    /** Every property that differs, nested ones by their dotted path. */
    static List<TwinChange> diff(String section, JsonNode before, JsonNode after) {
        List<TwinChange> changes = new ArrayList<>();
        diff(section, "", before, after, changes);
        return changes;
    }

    private static void diff(String section, String path, JsonNode before, JsonNode after, List<TwinChange> out) {
        TreeSet<String> keys = new TreeSet<>();
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode b = before.get(key);
            JsonNode a = after.get(key);
            String at = path.isEmpty() ? key : path + "." + key;
            if (b != null && a != null && b.isObject() && a.isObject()) {
                diff(section, at, b, a, out);
            } else if (b == null || !b.equals(a)) {
                out.add(new TwinChange(section, at, b == null ? null : b.toString(), a == null ? null : a.toString()));
            }
        }
    }

    /** The smallest merge patch (RFC 7386) that turns before into after; empty when they are equal. */
    static ObjectNode patch(JsonNode before, JsonNode after) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        before.fieldNames().forEachRemaining(key -> {
            if (!after.has(key)) {
                patch.putNull(key);
            }
        });
        for (Map.Entry<String, JsonNode> field : after.properties()) {
            JsonNode was = before.get(field.getKey());
            JsonNode now = field.getValue();
            if (was != null && was.isObject() && now.isObject()) {
                ObjectNode inner = patch(was, now);
                if (!inner.isEmpty()) {
                    patch.set(field.getKey(), inner);
                }
            } else if (!now.equals(was)) {
                patch.set(field.getKey(), now.deepCopy());
            }
        }
        return patch;
    }

    /** The object a stored section holds; the hub's own text is always an object. */
    static ObjectNode stored(String json) {
        List<String> problems = new ArrayList<>();
        ObjectNode node = parse("stored twin", json, problems);
        return node != null ? node : JsonNodeFactory.instance.objectNode();
    }
}
