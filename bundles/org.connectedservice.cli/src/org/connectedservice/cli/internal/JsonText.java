package org.connectedservice.cli.internal;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.model.JsonStrings;

/**
 * A JSON object written field by field in a fixed order, so the same faults always give the same bytes. Numbers use
 * Java's shortest round-trip form; values JSON cannot hold (NaN, infinities) and missing times become null.
 */
final class JsonText {

    private final StringBuilder out;
    private boolean first = true;

    private JsonText(StringBuilder out) {
        this.out = out;
        out.append('{');
    }

    static JsonText object() {
        return new JsonText(new StringBuilder(160));
    }

    JsonText string(String name, String value) {
        key(name);
        quote(out, value);
        return this;
    }

    JsonText number(String name, double value) {
        key(name);
        if (Double.isFinite(value)) {
            out.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) + ".0"
                    : Double.toString(value));
        } else {
            out.append("null");
        }
        return this;
    }

    JsonText number(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonText bool(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonText time(String name, Instant value) {
        return string(name, value == null ? null : value.toString());
    }

    JsonText millis(String name, Duration value) {
        key(name);
        out.append(value == null ? "null" : Long.toString(value.toMillis()));
        return this;
    }

    /** A field whose value is JSON text already (an array or object). */
    JsonText raw(String name, CharSequence json) {
        key(name);
        out.append(json);
        return this;
    }

    String end() {
        out.append('}');
        return out.toString();
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(out, name);
        out.append(':');
    }

    static void quote(StringBuilder out, String text) {
        JsonStrings.quote(out, text);
    }
}
