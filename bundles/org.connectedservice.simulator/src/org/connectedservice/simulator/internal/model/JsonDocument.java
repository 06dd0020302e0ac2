package org.connectedservice.simulator.internal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A parsed JSON file that still knows on which line each value stood, because a tree alone cannot say where a
 * wrong field is and a tester should not have to search for it.
 */
public final class JsonDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lineByPointer;

    private JsonDocument(String file, JsonNode root, Map<String, Integer> lineByPointer) {
        this.file = file;
        this.root = root;
        this.lineByPointer = lineByPointer;
    }

    /** The document, or null after adding the syntax error to problems. */
    public static JsonDocument parse(String file, String text, FileProblems problems) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                problems.add(file, 1, "", "the file is empty: it must hold one JSON object");
                return null;
            }
            return new JsonDocument(file, root, lines(text));
        } catch (JsonProcessingException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private static Map<String, Integer> lines(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string cannot fail this way", e);
        }
        return lines;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the value at pointer, or of its nearest enclosing value when the field is missing. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lineByPointer.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
