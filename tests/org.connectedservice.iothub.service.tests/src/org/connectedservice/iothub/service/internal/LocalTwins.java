package org.connectedservice.iothub.service.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The devices a local hub holds, as IoT Hub keeps them: identity, connection, and a twin whose etag changes with
 * every change of tags or desired properties, with versions and $metadata times.
 */
final class LocalTwins {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final class Entry {
        final String id;
        ObjectNode tags = JSON.createObjectNode();
        ObjectNode desired = JSON.createObjectNode();
        ObjectNode reported = JSON.createObjectNode();
        final Map<String, Instant> desiredTimes = new LinkedHashMap<>();
        long desiredVersion = 1;
        long reportedVersion = 1;
        long version = 1;
        long etag = 1;
        String connectionState = "Disconnected";
        Instant lastActivity = Instant.parse("0001-01-01T00:00:00Z");

        Entry(String id) {
            this.id = id;
        }
    }

    private final Map<String, Entry> devices = new LinkedHashMap<>();

    synchronized boolean create(String id) {
        return devices.putIfAbsent(id, new Entry(id)) == null;
    }

    synchronized boolean has(String id) {
        return devices.containsKey(id);
    }

    synchronized List<String> ids() {
        return List.copyOf(devices.keySet());
    }

    synchronized void connect(String id, boolean connected, Instant lastActivity) {
        Entry entry = devices.get(id);
        entry.connectionState = connected ? "Connected" : "Disconnected";
        entry.lastActivity = lastActivity;
    }

    synchronized void report(String id, String reportedJson) throws Exception {
        Entry entry = devices.get(id);
        entry.reported = (ObjectNode) JSON.readTree(reportedJson);
        entry.reportedVersion++;
    }

    synchronized String etag(String id) {
        return etagText(devices.get(id).etag);
    }

    synchronized JsonNode tags(String id) {
        return devices.get(id).tags.deepCopy();
    }

    synchronized JsonNode desired(String id) {
        return devices.get(id).desired.deepCopy();
    }

    /**
     * Applies a twin patch body ({"tags":{...},"properties":{"desired":{...}}}, null removes) when ifMatch is absent,
     * "*" or the current etag, quoted or not; returns false, changing nothing, when the etag moved.
     */
    synchronized boolean patch(String id, JsonNode body, String ifMatch, Instant now) {
        Entry entry = devices.get(id);
        String wanted = ifMatch == null ? "*" : ifMatch.replace("\"", "");
        if (!wanted.equals("*") && !wanted.equals(etagText(entry.etag))) {
            return false;
        }
        JsonNode tags = body.path("tags");
        if (tags.isObject()) {
            merge(entry.tags, (ObjectNode) tags);
        }
        JsonNode desired = body.path("properties").path("desired");
        if (desired.isObject() && desired.size() > 0) {
            merge(entry.desired, (ObjectNode) desired);
            desired.fieldNames().forEachRemaining(name -> entry.desiredTimes.put(name, now));
            entry.desiredVersion++;
        }
        entry.version++;
        entry.etag++;
        return true;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                target.remove(field.getKey());
            } else if (field.getValue().isObject() && target.path(field.getKey()).isObject()) {
                merge((ObjectNode) target.get(field.getKey()), (ObjectNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    synchronized ObjectNode twin(String id) {
        Entry entry = devices.get(id);
        ObjectNode twin = JSON.createObjectNode().put("deviceId", id).put("etag", etagText(entry.etag))
                .put("version", entry.version).put("status", "enabled").put("connectionState", entry.connectionState)
                .put("lastActivityTime", entry.lastActivity.toString()).put("cloudToDeviceMessageCount", 0)
                .put("authenticationType", "sas");
        twin.set("tags", entry.tags.deepCopy());
        ObjectNode properties = twin.putObject("properties");
        ObjectNode desired = entry.desired.deepCopy();
        ObjectNode desiredMeta = desired.putObject("$metadata");
        desiredMeta.put("$lastUpdated", entry.desiredTimes.values().stream().max(Instant::compareTo)
                .orElse(Instant.parse("2025-01-01T00:00:00Z")).toString());
        entry.desiredTimes.forEach((name, at) -> desiredMeta.putObject(name).put("$lastUpdated", at.toString())
                .put("$lastUpdatedVersion", entry.desiredVersion));
        desired.put("$version", entry.desiredVersion);
        properties.set("desired", desired);
        ObjectNode reported = entry.reported.deepCopy();
        reported.putObject("$metadata").put("$lastUpdated", "2025-01-01T00:00:00Z");
        reported.put("$version", entry.reportedVersion);
        properties.set("reported", reported);
        return twin;
    }

    synchronized ArrayNode all() {
        ArrayNode all = JSON.createArrayNode();
        devices.keySet().forEach(id -> all.add(twin(id)));
        return all;
    }

    /* IoT Hub's etags are base64 of a counter, such as AAAAAAAAAAE=. */
    private static String etagText(long counter) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(8).putLong(counter).array());
    }
}
