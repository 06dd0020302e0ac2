package org.connectedservice.engine.internal.ingest;

import java.io.IOException;
import java.util.Locale;

import org.connectedservice.core.ingest.QuarantineReason;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The parts of a message decoding needs; the rest is skipped. Filled by {@link PlainEnvelope} for the usual shape,
 * or read here with Jackson for any other; both go through {@link #property} for the properties that count.
 */
final class Envelope {

    static final String BODY_EXAMPLE = "\"body\": {\"Temperature\": 72.4}";
    static final String DEVICE_TYPE_PROPERTY = "DeviceType";

    String deviceId;
    String connectionDeviceId;
    String enqueuedTime;
    String messageId;
    String deviceTypeProperty;
    String contentType;
    String bodyText;
    final Measurements values = new Measurements();

    /** What a property name in (system) properties stands for. */
    enum Property { CONTENT_TYPE, DEVICE_TYPE, CONNECTION_DEVICE_ID, ENQUEUED_TIME, MESSAGE_ID, OTHER }

    Property property(String name, boolean system) {
        if (name.equalsIgnoreCase("contentType") || name.equalsIgnoreCase("content-type")) {
            return Property.CONTENT_TYPE;
        } else if (!system && name.equalsIgnoreCase(DEVICE_TYPE_PROPERTY)) {
            return Property.DEVICE_TYPE;
        } else if (system && name.equalsIgnoreCase("iothub-connection-device-id")) {
            return Property.CONNECTION_DEVICE_ID;
        } else if (system && name.equalsIgnoreCase("iothub-enqueuedtime") && enqueuedTime == null) {
            return Property.ENQUEUED_TIME;
        } else if (system && name.equalsIgnoreCase("message-id") && messageId == null) {
            return Property.MESSAGE_ID;
        }
        return Property.OTHER;
    }

    /** value is the property's text, or null when it is null, an object or an array. */
    void set(Property property, String value) {
        switch (property) {
            case CONTENT_TYPE -> contentType = value == null ? null : value.toLowerCase(Locale.ROOT);
            case DEVICE_TYPE -> deviceTypeProperty = value == null || value.isBlank() ? null : value.strip();
            case CONNECTION_DEVICE_ID -> connectionDeviceId = value;
            case ENQUEUED_TIME -> enqueuedTime = value;
            case MESSAGE_ID -> messageId = value;
            case OTHER -> {
                // not needed for decoding
            }
        }
    }

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
            Property property = property(name, system);
            if (property == Property.OTHER) {
                p.skipChildren();
            } else {
                set(property, JsonProblems.scalar(p, token));
            }
        }
    }
}
