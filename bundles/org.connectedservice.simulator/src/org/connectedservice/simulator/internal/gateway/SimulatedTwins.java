package org.connectedservice.simulator.internal.gateway;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The twins the simulated hub keeps, one per device it has seen. Reported properties follow what the device
 * reports; desired properties changed by a patch wait here until the device is connected to take them. The etag
 * moves when tags or desired properties change, since those are what an editor could overwrite.
 */
final class SimulatedTwins {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final class Twin {
        final TwinDocument tags = new TwinDocument();
        final TwinDocument desired = new TwinDocument();
        final TwinDocument reported = new TwinDocument();
        final Map<String, JsonNode> desiredToSend = new LinkedHashMap<>();
        Map<String, String> lastReported = Map.of();
        long version;
        String etag;
    }

    private final Map<String, Twin> byId = new HashMap<>();
    private long etags;

    /** Creates the device's twin when new and takes in what it reports now. */
    synchronized void observe(String deviceId, Map<String, String> reported, Instant now) {
        Twin twin = byId.computeIfAbsent(deviceId, id -> {
            Twin created = new Twin();
            created.etag = nextEtag();
            return created;
        });
        if (reported.equals(twin.lastReported)) {
            return;
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        // the device's map has no order; by name, so the twin reads the same on every run
        new TreeMap<>(reported).forEach((name, value) -> patch.set(name, reportedValue(value)));
        twin.lastReported.keySet().stream().filter(name -> !reported.containsKey(name)).forEach(patch::putNull);
        twin.lastReported = Map.copyOf(reported);
        if (!twin.reported.merge(patch, now).isEmpty()) {
            twin.version++;
        }
    }

    /* A device reports text; numbers, booleans and JSON it sent come back as such, anything else as a string. */
    private static JsonNode reportedValue(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node == null || node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.textNode(value) : node;
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    synchronized Optional<DeviceTwin> twin(String deviceId) {
        Twin twin = byId.get(deviceId);
        return twin == null ? Optional.empty() : Optional.of(snapshot(deviceId, twin));
    }

    synchronized TwinUpdate update(String deviceId, TwinPatch patch, Instant now) {
        Twin twin = byId.get(deviceId);
        if (twin == null) {
            return new TwinUpdate.Refused("no device '" + deviceId + "' in the simulated fleet; pick one from the"
                    + " Devices view");
        }
        if (!TwinPatch.ANY.equals(patch.ifMatch()) && !patch.ifMatch().equals(twin.etag)) {
            return new TwinUpdate.Conflict(snapshot(deviceId, twin), List.of(), "the twin of " + deviceId
                    + " changed since it was read (etag " + patch.ifMatch() + ", now " + twin.etag + ")");
        }
        ObjectNode tags;
        ObjectNode desired;
        try {
            tags = object(patch.tags(), "tags");
            desired = object(patch.desired(), "desired properties");
        } catch (IllegalArgumentException e) {
            return new TwinUpdate.Refused(e.getMessage());
        }
        boolean changed = !twin.tags.merge(tags, now).isEmpty();
        Map<String, JsonNode> desiredChanges = twin.desired.merge(desired, now);
        desiredChanges.forEach((name, value) -> {
            if (value != null) {
                twin.desiredToSend.put(name, value);
            }
        });
        if (changed || !desiredChanges.isEmpty()) {
            twin.version++;
            twin.etag = nextEtag();
        }
        return new TwinUpdate.Applied(snapshot(deviceId, twin));
    }

    private static ObjectNode object(String patch, String what) {
        if (patch == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = JSON.readTree(patch);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the patch of the " + what + " is not JSON: " + e.getOriginalMessage(),
                    e);
        }
        throw new IllegalArgumentException("the patch of the " + what + " must be a JSON object, like {\"name\": 1}");
    }

    /** The desired values the device has not taken yet, as JSON text by name; they count as taken now. */
    synchronized Map<String, String> takeDesired(String deviceId) {
        Twin twin = byId.get(deviceId);
        if (twin == null || twin.desiredToSend.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        twin.desiredToSend.forEach((name, value) -> values.put(name, value.toString()));
        twin.desiredToSend.clear();
        return values;
    }

    private DeviceTwin snapshot(String deviceId, Twin twin) {
        return new DeviceTwin(deviceId, twin.etag, twin.version, twin.tags.section(), twin.desired.section(),
                twin.reported.section());
    }

    private String nextEtag() {
        return "\"" + Long.toHexString(++etags) + "\"";
    }
}
