package org.connectedservice.simulator.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, adding a problem with file, line and field path for every value that is
 * missing or wrong and returning a harmless fallback, so one pass finds every mistake in a file.
 */
public final class JsonFields {

    private final JsonDocument document;
    private final JsonNode node;
    private final String pointer;
    private final String path;
    private final FileProblems problems;

    public JsonFields(JsonDocument document, JsonNode node, String pointer, String path, FileProblems problems) {
        this.document = document;
        this.node = node;
        this.pointer = pointer;
        this.path = path;
        this.problems = problems;
    }

    /** The document's root, or null after a problem when the root is not an object. */
    public static JsonFields root(JsonDocument document, FileProblems problems) {
        if (!document.root().isObject()) {
            problems.add(document.file(), 1, "", "the file must hold one JSON object { ... }");
            return null;
        }
        return new JsonFields(document, document.root(), "", "", problems);
    }

    public String path() {
        return path;
    }

    public int line() {
        return document.lineOf(pointer);
    }

    public boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    public void problem(String name, String message) {
        problems.add(document.file(), document.lineOf(pointer + "/" + name), join(name), message);
    }

    /** A problem with one item of an array field. */
    public void problem(String name, int index, String message) {
        problems.add(document.file(), document.lineOf(pointer + "/" + name + "/" + index), join(name) + "[" + index
                + "]", message);
    }

    public void problemHere(String message) {
        problems.add(document.file(), line(), path, message);
    }

    /** Unknown fields are usually typos, which would otherwise be silently ignored. */
    public void allowOnly(String... known) {
        List<String> allowed = Arrays.asList(known);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!allowed.contains(name)) {
                problem(name, "unknown field '" + name + "'; known fields are " + String.join(", ", allowed));
            }
        }
    }

    public String text(String name, String fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(name, "must be a non-empty text in quotes, got " + value);
            return fallback;
        }
        return value.asText().trim();
    }

    public String requiredText(String name) {
        if (!has(name)) {
            problem(name, "is missing: add \"" + name + "\": \"...\"");
            return "";
        }
        return text(name, "");
    }

    public double number(String name, double fallback, DoublePredicate valid, String rule) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        double v = value.asDouble();
        if (!value.isNumber() || !valid.test(v)) {
            problem(name, "must be a number" + (rule.isEmpty() ? "" : " " + rule) + ", got " + value);
            return fallback;
        }
        return v;
    }

    public double requiredNumber(String name, DoublePredicate valid, String rule) {
        if (!has(name)) {
            problem(name, "is missing: add \"" + name + "\": <number" + (rule.isEmpty() ? "" : " " + rule) + ">");
            return Double.NaN;
        }
        return number(name, Double.NaN, valid, rule);
    }

    /** A nested object, or null when absent (or, after a problem, not an object). */
    public JsonFields object(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            problem(name, "must be an object { ... }, got " + value);
            return null;
        }
        return new JsonFields(document, value, pointer + "/" + name, join(name), problems);
    }

    /** The objects of an array field; empty when absent or wrong. */
    public List<JsonFields> objects(String name) {
        List<JsonFields> out = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; array != null && i < array.size(); i++) {
            String itemPath = join(name) + "[" + i + "]";
            String itemPointer = pointer + "/" + name + "/" + i;
            if (array.get(i).isObject()) {
                out.add(new JsonFields(document, array.get(i), itemPointer, itemPath, problems));
            } else {
                problems.add(document.file(), document.lineOf(itemPointer), itemPath,
                        "must be an object { ... }, got " + array.get(i));
            }
        }
        return out;
    }

    /** The texts of a field holding one text or an array of texts; empty when absent or wrong. */
    public List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        if (has(name) && node.get(name).isTextual()) {
            out.add(node.get(name).asText().trim());
            return out;
        }
        JsonNode array = array(name);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isTextual() && !item.asText().isBlank()) {
                out.add(item.asText().trim());
            } else {
                String itemPointer = pointer + "/" + name + "/" + i;
                problems.add(document.file(), document.lineOf(itemPointer), join(name) + "[" + i + "]",
                        "must be a non-empty text in quotes, got " + item);
            }
        }
        return out;
    }

    /** A field's value as text: a text as it is, anything else as JSON; null when absent. */
    public String raw(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Text, number and true/false values of an object field, as text; nested values are a problem. */
    public Map<String, String> scalars(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonFields object = object(name);
        if (object == null) {
            return out;
        }
        object.node.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                out.put(entry.getKey(), value.asText());
            } else {
                object.problem(entry.getKey(), "must be a text, number or true/false, got " + value);
            }
        });
        return out;
    }

    private JsonNode array(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            problem(name, "must be a list [ ... ], got " + value);
            return null;
        }
        return value;
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
