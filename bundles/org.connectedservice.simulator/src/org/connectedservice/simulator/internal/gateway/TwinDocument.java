package org.connectedservice.simulator.internal.gateway;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.connectedservice.core.devices.TwinSection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One section of a simulated twin: a JSON object, its version and when each top-level property last changed. */
final class TwinDocument {

    private ObjectNode json = JsonNodeFactory.instance.objectNode();
    private long version;
    private Instant lastUpdated;
    private final Map<String, Instant> updatedAt = new HashMap<>();

    /**
     * Applies a JSON merge patch (RFC 7386: null removes a property); returns the top-level properties whose value
     * changed, with their new value (null when removed).
     */
    Map<String, JsonNode> merge(ObjectNode patch, Instant now) {
        Map<String, JsonNode> changed = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String name = field.getKey();
            JsonNode before = json.get(name);
            JsonNode after = merged(before, field.getValue());
            if (after == null) {
                if (before != null) {
                    json.remove(name);
                    changed.put(name, null);
                }
            } else if (!after.equals(before)) {
                json.set(name, after);
                changed.put(name, after);
            }
        }
        if (!changed.isEmpty()) {
            version++;
            lastUpdated = now;
            changed.keySet().forEach(name -> updatedAt.put(name, now));
        }
        return changed;
    }

    private static JsonNode merged(JsonNode target, JsonNode patch) {
        if (patch.isNull()) {
            return null;
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = merged(result.get(field.getKey()), field.getValue());
            if (value == null) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), value);
            }
        }
        return result;
    }

    JsonNode get(String name) {
        return json.get(name);
    }

    TwinSection section() {
        return new TwinSection(json.toString(), version, lastUpdated, updatedAt);
    }
}
