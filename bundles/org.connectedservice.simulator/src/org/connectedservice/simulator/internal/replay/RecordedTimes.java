package org.connectedservice.simulator.internal.replay;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds enqueuedTime and deviceId in a JSON Lines record without building a tree: a replay only needs the timing,
 * and the line itself goes on untouched.
 */
final class RecordedTimes {

    private static final JsonFactory JSON = new JsonFactory();

    record Timing(Instant time, String deviceId) {
    }

    private RecordedTimes() {
    }

    /** The line's time and device; a field it lacks, or cannot be read, is null. */
    static Timing of(String line) {
        Instant time = null;
        String deviceId = null;
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Timing(null, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("enqueuedTime")) {
                    time = value == JsonToken.VALUE_NUMBER_INT ? Instant.ofEpochMilli(parser.getLongValue())
                            : value == JsonToken.VALUE_STRING ? time(parser.getText()) : null;
                } else if (name.equals("deviceId") && value == JsonToken.VALUE_STRING) {
                    deviceId = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // a broken line still goes on (the decoder quarantines it); what was read before the break stays
        }
        return new Timing(time, deviceId);
    }

    /** ISO-8601 with Z or an offset, or epoch milliseconds; null when it is neither. */
    static Instant time(String text) {
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return Instant.ofEpochMilli(Long.parseLong(t));
                } catch (NumberFormatException e3) {
                    return null;
                }
            }
        }
    }
}
