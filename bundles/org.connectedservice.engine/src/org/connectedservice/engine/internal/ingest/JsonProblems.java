package org.connectedservice.engine.internal.ingest;

import java.io.IOException;

import org.connectedservice.core.ingest.QuarantineReason;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/** Turns what the parser found into words for quarantine reasons. */
final class JsonProblems {

    private static final int SHOWN_CHARACTERS = 40;

    private JsonProblems() {
    }

    static BadMessageException badJson(String part, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        String why = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll(": enable `.*", "")
                .replaceAll(" \\(start marker at .*", "");
        return new BadMessageException(QuarantineReason.BAD_JSON, part + "not valid JSON" + column + " (" + why
                + "); each line must be one complete JSON object");
    }

    /** @return the text of a string, number or boolean, or null for null, objects and arrays (which are skipped) */
    static String scalar(JsonParser p, JsonToken token) throws IOException {
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
            default -> abbreviate(p.getText());
        };
    }

    static String abbreviate(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
