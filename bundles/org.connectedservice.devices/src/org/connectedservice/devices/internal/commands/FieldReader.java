package org.connectedservice.devices.internal.commands;

import java.util.List;
import java.util.Map;

import org.connectedservice.core.simulation.FileProblem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of a file, adding a problem with file, line and field path for every value
 * that is missing or wrong and returning a harmless fallback, so one pass finds every mistake.
 */
final class FieldReader {

    final JsonNode node;
    private final String file;
    private final JsonLines lines;
    private final List<FileProblem> problems;
    private final String pointer;

    FieldReader(String file, JsonLines lines, List<FileProblem> problems, JsonNode node, String pointer) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
        this.node = node;
        this.pointer = pointer;
    }

    /** The reader of a value inside this one, at a pointer relative to this object. */
    FieldReader at(String relativePointer) {
        return new FieldReader(file, lines, problems, node.at(relativePointer), pointer + relativePointer);
    }

    /** A problem with the named field of this object, or with the object itself when field is empty. */
    void problem(String field, String message) {
        String p = field.isEmpty() ? pointer : pointer + "/" + field;
        String path = p.replaceFirst("^/", "").replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
        problems.add(new FileProblem(file, lines.lineOf(p), path, message));
    }

    /* Unknown fields are usually typos, which would otherwise be silently ignored. */
    void allowOnly(List<String> known) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                problem(field.getKey(), "unknown field '" + field.getKey() + "'; known fields are "
                        + String.join(", ", known));
            }
        }
    }

    /** The text, or "" when absent (a problem if required) or not a text. */
    String text(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "is missing: add \"" + field + "\": \"...\"");
            }
            return "";
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field, "must be a non-empty text in quotes, got " + value);
            return "";
        }
        return value.asText().strip();
    }

    /** The number, or NaN when absent (a problem if required) or out of [min, max]. */
    double number(String field, boolean required, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "is missing: add \"" + field + "\": <number>");
            }
            return Double.NaN;
        }
        double v = value.asDouble();
        if (!value.isNumber() || v < min || v > max) {
            problem(field, "must be a number from " + plain(min) + " to " + plain(max) + ", got " + value);
            return Double.NaN;
        }
        return v;
    }

    private static String plain(double v) {
        return v == -Double.MAX_VALUE ? "-∞" : v == Double.MAX_VALUE ? "∞"
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
