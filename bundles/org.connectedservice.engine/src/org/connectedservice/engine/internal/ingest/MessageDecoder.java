package org.connectedservice.engine.internal.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
 * of readings, or that object as a string, or as base64 when the content type says application/json. The usual
 * shape is read by {@link PlainEnvelope}, the rest by a streaming Jackson parser: one pass, no tree in between. Not
 * thread-safe.
 */
final class MessageDecoder {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final String BODY_EXAMPLE = Envelope.BODY_EXAMPLE;

    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private final PlainEnvelope plain = new PlainEnvelope();
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
        // Bytes are faster to read than chars (Jackson's byte parser is twice its char parser), and a Latin-1
        // string encodes as a copy.
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        Envelope message = new Envelope();
        if (!plain.read(utf8, message)) {
            message = new Envelope();
            try (JsonParser p = json.createParser(utf8)) {
                message.read(p);
            } catch (JsonProcessingException e) {
                throw JsonProblems.badJson("", e);
            } catch (IOException e) {
                throw new BadMessageException(QuarantineReason.BAD_JSON, e.getMessage());
            }
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
}
