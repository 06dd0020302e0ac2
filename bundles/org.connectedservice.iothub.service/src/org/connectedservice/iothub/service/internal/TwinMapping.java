package org.connectedservice.iothub.service.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinSection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.microsoft.azure.sdk.iot.service.twin.Twin;
import com.microsoft.azure.sdk.iot.service.twin.TwinCollection;
import com.microsoft.azure.sdk.iot.service.twin.TwinMetadata;

/** Between the service SDK's twins and the console's: sections as JSON text, versions and update times. */
final class TwinMapping {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "$version";

    private TwinMapping() {
    }

    static DeviceTwin toConsole(Twin twin) {
        String etag = twin.getETag() == null || twin.getETag().isBlank() ? "*" : twin.getETag();
        long version = twin.getVersion() == null ? 0 : twin.getVersion();
        return new DeviceTwin(twin.getDeviceId(), etag, version, tags(twin.getTags()),
                properties(twin.getDesiredProperties()), properties(twin.getReportedProperties()));
    }

    /* IoT Hub keeps no version or update times for tags. */
    private static TwinSection tags(TwinCollection tags) {
        return tags == null ? TwinSection.EMPTY : new TwinSection(json(tags), 0, null, Map.of());
    }

    private static TwinSection properties(TwinCollection properties) {
        if (properties == null) {
            return TwinSection.EMPTY;
        }
        Map<String, Instant> updatedAt = new LinkedHashMap<>();
        for (String name : properties.keySet()) {
            TwinMetadata metadata = properties.getTwinMetadata(name);
            if (metadata != null && metadata.getLastUpdated() != null) {
                updatedAt.put(name, metadata.getLastUpdated().toInstant());
            }
        }
        TwinMetadata section = properties.getTwinMetadata();
        Instant lastUpdated = section == null || section.getLastUpdated() == null ? null
                : section.getLastUpdated().toInstant();
        long version = properties.getVersion() == null ? 0 : properties.getVersion();
        return new TwinSection(json(properties), version, lastUpdated, updatedAt);
    }

    private static String json(TwinCollection collection) {
        JsonObject object = collection.toJsonObject();
        object.remove(VERSION);
        return object.toString();
    }

    /**
     * A JSON object text as the values a twin collection takes (null removes the property in a patch). Jackson reads
     * it so whole numbers stay whole: the hub would otherwise show 30 as 30.0.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    static Map<String, Object> values(String section, String jsonObject) {
        try {
            Map<String, Object> values = JSON.readValue(jsonObject, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            if (values == null) {
                throw new IllegalArgumentException("the " + section + " patch is null, not a JSON object");
            }
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + section + " patch is not a JSON object: "
                    + e.getOriginalMessage(), e);
        }
    }

    static ConnectionState connection(String state) {
        if (state == null) {
            return ConnectionState.UNKNOWN;
        }
        return switch (state.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "CONNECTED" -> ConnectionState.CONNECTED;
            case "DISCONNECTED" -> ConnectionState.DISCONNECTED;
            default -> ConnectionState.UNKNOWN;
        };
    }

    /** The hub's times carry seven fractional digits; a device that never connected has 0001-01-01. */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant time = Instant.parse(text.strip());
            return time.isBefore(Instant.EPOCH) ? null : time;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An etag as If-Match wants it: quoted, unless it is "*" or already quoted. */
    static String ifMatch(String etag) {
        if (etag == null || etag.isBlank() || etag.equals("*")) {
            return "*";
        }
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }
}
