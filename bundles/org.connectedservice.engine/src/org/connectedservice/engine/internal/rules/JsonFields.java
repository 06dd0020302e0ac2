package org.connectedservice.engine.internal.rules;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The fields of one JSON object, read with complaints that name the file, line, column, rule and field, and say what
 * would be right. A missing field is reported at the object's opening brace.
 */
final class JsonFields {

    private final String source;
    private final JsonValue object;
    private final String ruleId;
    private final String prefix;

    private JsonFields(String source, JsonValue object, String ruleId, String prefix) {
        this.source = source;
        this.object = object;
        this.ruleId = ruleId;
        this.prefix = prefix;
    }

    /** @param what the kind of object, for messages, e.g. "a rule" */
    static JsonFields of(String source, JsonValue object, String what, List<String> known)
            throws RulesFileException {
        return new JsonFields(source, object, null, "").checked(what, known);
    }

    private JsonFields checked(String what, List<String> known) throws RulesFileException {
        for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                String hint = known.stream().filter(name::equalsIgnoreCase).findFirst()
                        .map(k -> "field names are case-sensitive: write \"" + k + "\"")
                        .orElse("the fields of " + what + " are " + String.join(", ", known));
                throw problem(field.getValue(), name, "is not a field of " + what + "; " + hint);
            }
        }
        return this;
    }

    /** The same fields, with complaints that also name the rule. */
    JsonFields forRule(String id) {
        return new JsonFields(source, object, id, prefix);
    }

    /** The fields of the object in field, named like "scope.devices" in complaints. */
    JsonFields nested(String field, String what, List<String> known) throws RulesFileException {
        return new JsonFields(source, value(field), ruleId, prefix + field + ".").checked(what, known);
    }

    int size() {
        return object.fields().size();
    }

    List<String> names() {
        return List.copyOf(object.fields().keySet());
    }

    boolean has(String field) {
        JsonValue v = object.fields().get(field);
        return v != null && !v.isNull();
    }

    JsonValue value(String field) {
        return object.fields().get(field);
    }

    JsonValue required(String field, String example) throws RulesFileException {
        if (!has(field)) {
            throw problem(field, "is missing; add \"" + field + "\": " + example);
        }
        return value(field);
    }

    String text(String field, String example) throws RulesFileException {
        if (!has(field)) {
            return null;
        }
        JsonValue v = value(field);
        if (!(v.value() instanceof String s) || s.isBlank()) {
            throw problem(field, "expected text in quotes, like " + example + ", found " + v.describe());
        }
        return s.trim();
    }

    String requiredText(String field, String example) throws RulesFileException {
        required(field, example);
        return text(field, example);
    }

    /** Text that may be empty, such as a comment; null when absent. */
    String anyText(String field) throws RulesFileException {
        JsonValue v = value(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!(v.value() instanceof String s)) {
            throw problem(field, "expected text in quotes, found " + v.describe());
        }
        return s;
    }

    Double number(String field, String example) throws RulesFileException {
        if (!has(field)) {
            return null;
        }
        JsonValue v = value(field);
        if (!(v.value() instanceof Double d)) {
            throw problem(field, "expected a number like " + example + ", or null, found " + v.describe());
        }
        return d;
    }

    double requiredNumber(String field, String example) throws RulesFileException {
        required(field, example);
        return number(field, example);
    }

    Integer whole(String field, int smallest) throws RulesFileException {
        Double d = number(field, String.valueOf(smallest + 1));
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < smallest || d > Integer.MAX_VALUE) {
            throw problem(field, "expected a whole number of at least " + smallest + ", found " + value(field).describe());
        }
        return d.intValue();
    }

    /** A duration written as seconds (fractions allowed); null when absent or null. */
    Duration seconds(String field) throws RulesFileException {
        Double s = number(field, "10");
        if (s == null) {
            return null;
        }
        if (s < 0) {
            throw problem(field, "a duration cannot be negative, found " + value(field).describe()
                    + "; write the number of seconds, or 0 for none");
        }
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    RulesFileException problem(String field, String message) {
        JsonValue v = value(field);
        return problem(v == null ? object : v, field, message);
    }

    private RulesFileException problem(JsonValue at, String field, String message) {
        return LocatedJson.problem(source, at.line(), at.column(), ruleId, prefix + field, message);
    }
}
