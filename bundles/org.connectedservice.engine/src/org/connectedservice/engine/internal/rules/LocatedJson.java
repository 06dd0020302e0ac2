package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON text into {@link JsonValue}s that remember where they start. Hand-edited files are small, so holding
 * the whole tree is cheap, and it lets the readers check fields in any order and still name the line of a mistake.
 */
final class LocatedJson {

    /** Some Windows editors start UTF-8 files with it; JSON parsers do not expect it. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private LocatedJson() {
    }

    /** @param example what the file should look like, shown when it is empty */
    static JsonValue parse(String source, String text, String example) throws RulesFileException {
        String json = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() == null) {
                throw new RulesFileException(source + " is empty: write " + example);
            }
            JsonValue root = read(parser, source);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw problem(source, at.getLineNr(), at.getColumnNr(), null, null,
                        "found more after the end of the document; keep everything inside the one outer "
                                + (root.isList() ? "[ ]" : "{ }"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw notJson(source, e);
        } catch (IOException e) {
            throw new RulesFileException(source + " could not be read: " + e.getMessage(), e);
        }
    }

    /** A message in the one shape every rules file complaint has: file, line, column, rule, field, what to do. */
    static RulesFileException problem(String source, int line, int column, String ruleId, String field,
            String message) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(" line ").append(line).append(", column ").append(column);
        }
        if (ruleId != null) {
            text.append(", rule \"").append(ruleId).append('"');
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        return new RulesFileException(text.append(": ").append(message).toString(), line, column, field, null);
    }

    private static JsonValue read(JsonParser p, String source) throws IOException, RulesFileException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        Object value = switch (token) {
            case START_OBJECT -> readObject(p, source);
            case START_ARRAY -> {
                List<JsonValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, source));
                }
                yield items;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                double number = p.getDoubleValue();
                if (!Double.isFinite(number)) {
                    throw problem(source, line, column, null, p.currentName(),
                            "the number " + p.getText() + " is out of range; use an ordinary number like 70.5");
                }
                yield number;
            }
            case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw problem(source, line, column, null, null, "unexpected " + token);
        };
        return new JsonValue(value, line, column);
    }

    private static Map<String, JsonValue> readObject(JsonParser p, String source)
            throws IOException, RulesFileException {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            String earlier = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (earlier != null) {
                throw problem(source, at.getLineNr(), at.getColumnNr(), null, name,
                        "appears twice in the same object (also as \"" + earlier + "\"); keep one");
            }
            p.nextToken();
            fields.put(name, read(p, source));
        }
        return fields;
    }

    private static RulesFileException notJson(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String field = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext().getCurrentName()
                : null;
        String reason = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll(": enable `.*", "")
                .replaceAll(" \\(start marker at .*", "");
        String where = at == null ? source : source + " line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new RulesFileException(where + (field == null ? "" : ", near field " + field)
                + ": this is not valid JSON (" + reason + "); look for a missing comma, quote or bracket",
                at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), field, e);
    }
}
