package org.connectedservice.engine.internal.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Decodes one IoT Hub message as Event Hubs delivers it:
 * {"deviceId", "enqueuedTime", "messageId", "properties", "systemProperties", "body"}. The body is a JSON object
 * of readings, or that object as a string, or as base64 when the content type says application/json. Streaming
 * keeps a message's decoding to one pass with no tree in between.
 */
final class MessageDecoder {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final String DEVICE_TYPE_PROPERTY = "DeviceType";
    private static final String BODY_EXAMPLE = "\"body\": {\"Temperature\": 72.4}";

    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private final Function<String, Optional<Device>> devices;
    private final Clock clock;
    private final Duration maxClockSkew;

    /** @param devices the registry's device for an id, whose type wins over the message's DeviceType property */
    MessageDecoder(Function<String, Optional<Device>> devices, Clock clock, Duration maxClockSkew) {
        this.devices = devices;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    DecodedMessage decode(String line) throws BadMessageException {
        Envelope message = new Envelope();
        // Jackson's byte parser is more than twice as fast as its char parser, and Latin-1 strings encode as a copy.
        try (JsonParser p = json.createParser(line.getBytes(StandardCharsets.UTF_8))) {
            message.read(p);
        } catch (JsonProcessingException e) {
            throw JsonProblems.badJson("", e);
        } catch (IOException e) {
            throw new BadMessageException(QuarantineReason.BAD_JSON, e.getMessage());
        }
        if (message.bodyText != null) {
            readStringBody(message);
        }
        String deviceId = message.deviceId != null && !message.deviceId.isBlank() ? message.deviceId
                : message.connectionDeviceId;
        if (deviceId == null || deviceId.isBlank()) {
            throw new BadMessageException(QuarantineReason.MISSING_DEVICE_ID, "the message names no device; add "
                    + "\"deviceId\": \"<device id>\" (or systemProperties \"iothub-connection-device-id\")");
        }
        Instant time = checkedTime(message.enqueuedTime);
        if (message.values.isEmpty()) {
            throw new BadMessageException(QuarantineReason.EMPTY_BODY, "the body holds no readings; send them as "
                    + BODY_EXAMPLE);
        }
        String deviceType = devices.apply(deviceId).map(Device::deviceType).filter(t -> !t.isBlank())
                .orElse(message.deviceTypeProperty);
        return new DecodedMessage(new Reading(deviceId, deviceType, time, message.values.toMap()), message.messageId);
    }

    private Instant checkedTime(String enqueuedTime) throws BadMessageException {
        if (enqueuedTime == null) {
            throw new BadMessageException(QuarantineReason.BAD_TIMESTAMP,
                    "enqueuedTime is missing; add \"enqueuedTime\": \"2024-05-01T12:00:00Z\"");
        }
        Instant time = IsoInstant.parse(enqueuedTime);
        if (time == null) {
            throw new BadMessageException(QuarantineReason.BAD_TIMESTAMP, "enqueuedTime \""
                    + JsonProblems.abbreviate(enqueuedTime)
                    + "\" is not an ISO-8601 time with a zone; write it like 2024-05-01T12:00:00Z");
        }
        if (time.isBefore(EARLIEST)) {
            throw new BadMessageException(QuarantineReason.BAD_TIMESTAMP, "enqueuedTime " + time
                    + " is before 2000-01-01; the device clock or the file is wrong");
        }
        Instant now = clock.instant();
        if (time.isAfter(now.plus(maxClockSkew)) || time.isAfter(LATEST)) {
            throw new BadMessageException(QuarantineReason.BAD_TIMESTAMP, "enqueuedTime " + time + " is "
                    + Durations.describe(Duration.between(now, time)) + " ahead of this machine's clock (at most "
                    + Durations.describe(maxClockSkew) + " is accepted); check the clock that stamped it");
        }
        return time;
    }

    private void readStringBody(Envelope message) throws BadMessageException {
        String text = message.bodyText.strip();
        boolean jsonContent = message.contentType != null && message.contentType.contains("json");
        if (text.startsWith("{")) {
            try (JsonParser p = json.createParser(text)) {
                readBodyObject(p, message.values);
            } catch (JsonProcessingException e) {
                throw JsonProblems.badJson("body string: ", e);
            } catch (IOException e) {
                throw new BadMessageException(QuarantineReason.BAD_JSON, "body string: " + e.getMessage());
            }
        } else if (jsonContent) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new BadMessageException(QuarantineReason.BAD_JSON, "the body string is neither a JSON object "
                        + "nor base64 (" + e.getMessage() + "), though its content type is " + message.contentType);
            }
            try (JsonParser p = json.createParser(bytes)) {
                readBodyObject(p, message.values);
            } catch (JsonProcessingException e) {
                throw JsonProblems.badJson("base64 body: ", e);
            } catch (IOException e) {
                throw new BadMessageException(QuarantineReason.BAD_JSON, "base64 body: " + e.getMessage());
            }
        } else if (!text.isEmpty()) {
            throw new BadMessageException(QuarantineReason.BAD_JSON, "the body is the string \""
                    + JsonProblems.abbreviate(text) + "\", which is not JSON; send " + BODY_EXAMPLE
                    + ", or base64 JSON with systemProperties \"contentType\": \"application/json\"");
        }
    }

    private static void readBodyObject(JsonParser p, Measurements values)
            throws IOException, BadMessageException {
        JsonToken start = p.nextToken();
        if (start != JsonToken.START_OBJECT) {
            throw new BadMessageException(QuarantineReason.BAD_JSON, "the body must be a JSON object of readings, "
                    + "like " + BODY_EXAMPLE + ", but it is " + JsonProblems.describe(p));
        }
        Readings.read(p, values);
        if (p.nextToken() != null) {
            throw new BadMessageException(QuarantineReason.BAD_JSON, "the body has text after its closing }");
        }
    }

    /** The parts of a message decoding needs; the rest is skipped. */
    private static final class Envelope {

        String deviceId;
        String connectionDeviceId;
        String enqueuedTime;
        String messageId;
        String deviceTypeProperty;
        String contentType;
        String bodyText;
        final Measurements values = new Measurements();

        void read(JsonParser p) throws IOException, BadMessageException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadMessageException(QuarantineReason.BAD_JSON, "each line must be one JSON object like "
                        + "{\"deviceId\": \"t-1\", \"enqueuedTime\": \"2024-05-01T12:00:00Z\", " + BODY_EXAMPLE
                        + "}, but this one starts with " + JsonProblems.describe(p));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "deviceId" -> deviceId = JsonProblems.scalar(p, value);
                    case "enqueuedTime" -> enqueuedTime = JsonProblems.scalar(p, value);
                    case "messageId" -> messageId = JsonProblems.scalar(p, value);
                    case "properties" -> readProperties(p, value, false);
                    case "systemProperties" -> readProperties(p, value, true);
                    case "body" -> readBody(p, value);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new BadMessageException(QuarantineReason.BAD_JSON,
                        "there is text after the message's closing }; put one message per line");
            }
        }

        private void readBody(JsonParser p, JsonToken value) throws IOException, BadMessageException {
            switch (value) {
                case START_OBJECT -> Readings.read(p, values);
                case VALUE_STRING -> bodyText = p.getText();
                case VALUE_NULL -> bodyText = null;
                default -> throw new BadMessageException(QuarantineReason.BAD_JSON, "the body must be a JSON "
                        + "object of readings, like " + BODY_EXAMPLE + ", but it is " + JsonProblems.describe(p));
            }
        }

        private void readProperties(JsonParser p, JsonToken value, boolean system) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                if (name.equalsIgnoreCase("contentType") || name.equalsIgnoreCase("content-type")) {
                    String text = JsonProblems.scalar(p, token);
                    contentType = text == null ? null : text.toLowerCase(Locale.ROOT);
                } else if (!system && name.equalsIgnoreCase(DEVICE_TYPE_PROPERTY)) {
                    String text = JsonProblems.scalar(p, token);
                    deviceTypeProperty = text == null || text.isBlank() ? null : text.strip();
                } else if (system && name.equalsIgnoreCase("iothub-connection-device-id")) {
                    connectionDeviceId = JsonProblems.scalar(p, token);
                } else if (system && name.equalsIgnoreCase("iothub-enqueuedtime") && enqueuedTime == null) {
                    enqueuedTime = JsonProblems.scalar(p, token);
                } else if (system && name.equalsIgnoreCase("message-id") && messageId == null) {
                    messageId = JsonProblems.scalar(p, token);
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}
