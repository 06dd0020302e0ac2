package org.connectedservice.engine.internal.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;

/** A pipeline under test with what it delivered and quarantined, and IoT Hub messages to feed it. */
final class Feed {

    static final Instant NOW = Instant.parse("2024-05-01T13:00:00Z");
    static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    final List<Reading> delivered = new ArrayList<>();
    final MemoryQuarantine quarantine = new MemoryQuarantine();
    final IngestPipeline pipeline;

    Feed() {
        this(IngestSettings.defaults(), Map.of());
    }

    Feed(IngestSettings settings) {
        this(settings, Map.of());
    }

    Feed(IngestSettings settings, Map<String, Device> registry) {
        Function<String, Optional<Device>> lookup = id -> Optional.ofNullable(registry.get(id));
        pipeline = new IngestPipeline("test-feed", lookup, quarantine, settings, clock(),
                delivered::add);
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Feeds the lines, then flushes, so every reading that is not bad or late is delivered. */
    Feed send(String... lines) {
        pipeline.accept(List.of(lines));
        pipeline.flush();
        return this;
    }

    String onlyReason() {
        if (quarantine.count() != 1) {
            throw new AssertionError("expected one quarantined message, got " + quarantine.reasons());
        }
        return quarantine.reasons().get(0);
    }

    /** A message of thermostat t-1 at T0 plus the given seconds with the given JSON body. */
    static String message(String messageId, double secondsAfterT0, String body) {
        return message("t-1", messageId, T0.plusMillis(Math.round(secondsAfterT0 * 1000)).toString(), body);
    }

    static String message(String deviceId, String messageId, String enqueuedTime, String body) {
        return "{\"deviceId\":\"" + deviceId + "\",\"enqueuedTime\":\"" + enqueuedTime + "\",\"messageId\":\""
                + messageId + "\",\"properties\":{\"DeviceType\":\"Thermostat\"},"
                + "\"systemProperties\":{\"iothub-message-source\":\"Telemetry\"},\"body\":" + body + "}";
    }
}
