package org.connectedservice.core.devices;

import java.time.Instant;
import java.util.Map;

/**
 * One part of a device twin: tags, desired or reported properties, as a JSON object text. version counts its
 * changes (IoT Hub keeps none for tags: 0 there); updatedAt holds each top-level property's last change.
 */
public record TwinSection(String json, long version, Instant lastUpdated, Map<String, Instant> updatedAt) {

    public static final TwinSection EMPTY = new TwinSection("{}", 0, null, Map.of());

    public TwinSection {
        json = json == null || json.isBlank() ? "{}" : json;
        updatedAt = Map.copyOf(updatedAt);
    }
}
