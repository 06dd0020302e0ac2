package org.connectedservice.iothub.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The local hub's device twins: desired and reported property documents with their versions. */
final class LocalTwins {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> desired = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> reported = new ConcurrentHashMap<>();

    synchronized String document(String deviceId) {
        ObjectNode twin = JSON.createObjectNode();
        twin.set("desired", desired(deviceId).deepCopy());
        twin.set("reported", reported(deviceId).deepCopy());
        return twin.toString();
    }

    /** Merges the patch and returns it with the new $version, as the hub sends it to the device. */
    synchronized String patchDesired(String deviceId, String patchJson) {
        ObjectNode patch = parse(patchJson);
        ObjectNode document = desired(deviceId);
        document.setAll(patch);
        int version = document.path("$version").asInt() + 1;
        document.put("$version", version);
        return patch.put("$version", version).toString();
    }

    synchronized int desiredVersion(String deviceId) {
        return desired(deviceId).path("$version").asInt();
    }

    synchronized int patchReported(String deviceId, String patchJson) {
        ObjectNode document = reported(deviceId);
        document.setAll(parse(patchJson));
        int version = document.path("$version").asInt() + 1;
        document.put("$version", version);
        notifyAll();
        return version;
    }

    /** The reported document, for assertions. */
    synchronized ObjectNode reportedOf(String deviceId) {
        return reported(deviceId).deepCopy();
    }

    /** Waits until the reported property has the JSON value; returns the value it has at the end. */
    synchronized String awaitReported(String deviceId, String name, String expectedJson, long timeoutMillis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!expectedJson.equals(reportedValue(deviceId, name)) && System.currentTimeMillis() < end) {
            wait(Math.max(1, end - System.currentTimeMillis()));
        }
        return reportedValue(deviceId, name);
    }

    private String reportedValue(String deviceId, String name) {
        return reported(deviceId).has(name) ? reported(deviceId).get(name).toString() : null;
    }

    private ObjectNode desired(String deviceId) {
        return desired.computeIfAbsent(deviceId, id -> JSON.createObjectNode().put("$version", 1));
    }

    private ObjectNode reported(String deviceId) {
        return reported.computeIfAbsent(deviceId, id -> JSON.createObjectNode().put("$version", 1));
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }
}
