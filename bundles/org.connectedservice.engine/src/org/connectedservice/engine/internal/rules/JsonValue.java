package org.connectedservice.engine.internal.rules;

import java.util.List;
import java.util.Map;

/**
 * A JSON value and the line and column where it starts, so a complaint about it can point into the file. value is a
 * String, Double, Boolean, null, List&lt;JsonValue&gt; or Map&lt;String, JsonValue&gt; (in file order).
 */
record JsonValue(Object value, int line, int column) {

    boolean isNull() {
        return value == null;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonValue> fields() {
        return (Map<String, JsonValue>) value;
    }

    @SuppressWarnings("unchecked")
    List<JsonValue> items() {
        return (List<JsonValue>) value;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    /** How the value reads in a message: "found ..." */
    String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Double d) {
            return RulesJsonWriter.number(d);
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
