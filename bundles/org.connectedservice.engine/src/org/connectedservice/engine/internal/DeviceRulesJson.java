package org.connectedservice.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.model.Comparison;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The devicerules.json reference data of Connected Field Service: one object per device type, each number field a
 * greater-than threshold for that measurement, each &lt;Measurement&gt;RuleOutput the name of the rule. The format
 * holds nothing else, so every rule read from it is version 1, HIGH severity, alert type Anomaly.
 */
public final class DeviceRulesJson {

    public static final String ALERT_TYPE = "Anomaly";
    static final String DEVICE_TYPE = "DeviceType";
    static final String RULE_OUTPUT = "RuleOutput";
    private static final String EXAMPLE =
            "[{\"DeviceType\": \"Thermostat\", \"Temperature\": 70.0, \"TemperatureRuleOutput\": \"AlarmTemp\"}]";

    private DeviceRulesJson() {
    }

    public static List<ThresholdRule> parse(Path file) throws RulesFileException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            return new Reader(name, parser).readAll();
        } catch (JsonProcessingException e) {
            throw notJson(name, e);
        } catch (NoSuchFileException e) {
            throw new RulesFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new RulesFileException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    public static List<ThresholdRule> parse(String sourceName, String text) throws RulesFileException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            return new Reader(sourceName, parser).readAll();
        } catch (JsonProcessingException e) {
            throw notJson(sourceName, e);
        } catch (IOException e) {
            throw new RulesFileException(sourceName + " could not be read: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException for a rule the format cannot hold (not a greater-than, or a repeat) */
    public static String toJson(List<ThresholdRule> rules) {
        Map<String, List<ThresholdRule>> byType = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (ThresholdRule rule : rules) {
            if (rule.comparison() != Comparison.GREATER_THAN) {
                throw new IllegalArgumentException("devicerules.json only holds greater-than thresholds, but rule '"
                        + rule.name() + "' uses " + rule.comparison().symbol());
            }
            if (!ids.add(ruleId(rule.deviceType(), rule.measurement()))) {
                throw new IllegalArgumentException("devicerules.json holds one threshold per device type and "
                        + "measurement, but " + rule.deviceType() + " " + rule.measurement() + " appears twice");
            }
            byType.computeIfAbsent(slug(rule.deviceType()), t -> new ArrayList<>()).add(rule);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (List<ThresholdRule> typeRules : byType.values()) {
                g.writeStartObject();
                g.writeStringField(DEVICE_TYPE, typeRules.get(0).deviceType());
                for (ThresholdRule rule : typeRules) {
                    g.writeNumberField(rule.measurement(), rule.threshold());
                    g.writeStringField(rule.measurement() + RULE_OUTPUT, rule.name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out + System.lineSeparator();
    }

    static String ruleId(String deviceType, String measurement) {
        return slug(deviceType) + "-" + slug(measurement) + "-gt";
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static RulesFileException notJson(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? source : source + " line " + at.getLineNr() + ", column " + at.getColumnNr();
        String field = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext().getCurrentName()
                : null;
        String reason = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll(": enable `.*", "")
                .replaceAll(" \\(start marker at .*", "");
        return new RulesFileException(where + (field == null ? "" : ", near field " + field)
                + ": this is not valid JSON (" + reason + "); look for a missing comma, quote or bracket", e);
    }

    private static final class Reader {

        private final String source;
        private final JsonParser p;

        Reader(String source, JsonParser parser) {
            this.source = source;
            this.p = parser;
        }

        List<ThresholdRule> readAll() throws IOException, RulesFileException {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw new RulesFileException(source + " is empty: write a JSON array of device types, like " + EXAMPLE);
            }
            if (token != JsonToken.START_ARRAY) {
                throw problem(p.currentTokenLocation(), null, "the file must hold a JSON array of device types, like "
                        + EXAMPLE + ", but it starts with " + found());
            }
            List<ThresholdRule> rules = new ArrayList<>();
            Map<String, Integer> typeLines = new HashMap<>();
            int entry = 0;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                entry++;
                if (token != JsonToken.START_OBJECT) {
                    throw problem(p.currentTokenLocation(), null, "entry " + entry
                            + " must be an object like {\"DeviceType\": \"Thermostat\", ...}, found " + found());
                }
                readEntry(entry, rules, typeLines);
            }
            if (p.nextToken() != null) {
                throw problem(p.currentTokenLocation(), null, "found " + found()
                        + " after the closing ]; keep all device types inside the one array");
            }
            return rules;
        }

        private void readEntry(int entry, List<ThresholdRule> rules, Map<String, Integer> typeLines)
                throws IOException, RulesFileException {
            JsonLocation start = p.currentTokenLocation();
            JsonLocation typeAt = start;
            String deviceType = null;
            Map<String, Double> thresholds = new LinkedHashMap<>();
            Map<String, String> ruleNames = new HashMap<>();
            Set<String> fields = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if (!fields.add(field.toLowerCase(Locale.ROOT))) {
                    throw problem(p.currentTokenLocation(), field, "appears twice in entry " + entry + "; keep one");
                }
                JsonToken value = p.nextToken();
                if (field.equalsIgnoreCase(DEVICE_TYPE)) {
                    if (value != JsonToken.VALUE_STRING || slug(p.getText()).isEmpty()) {
                        throw problem(p.currentTokenLocation(), field,
                                "expected the device type name in quotes, like \"Thermostat\", found " + found());
                    }
                    deviceType = p.getText().trim();
                    typeAt = p.currentTokenLocation();
                } else if (isRuleOutput(field)) {
                    if (value == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                        ruleNames.put(measurementOf(field).toLowerCase(Locale.ROOT), p.getText().trim());
                    } else if (value != JsonToken.VALUE_NULL && value != JsonToken.VALUE_STRING) {
                        throw problem(p.currentTokenLocation(), field,
                                "expected the rule name in quotes, like \"AlarmTemp\", or null, found " + found());
                    }
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    double threshold = p.getDoubleValue();
                    if (!Double.isFinite(threshold)) {
                        throw problem(p.currentTokenLocation(), field, "the threshold " + p.getText()
                                + " is out of range; use an ordinary number like 70.0");
                    }
                    thresholds.put(field, threshold);
                } else if (value != JsonToken.VALUE_NULL) {
                    throw problem(p.currentTokenLocation(), field, "expected a number or null, found " + found());
                }
            }
            if (deviceType == null) {
                throw problem(start, null, "entry " + entry
                        + " has no DeviceType; add \"DeviceType\": \"<device type>\" to it");
            }
            Integer earlier = typeLines.putIfAbsent(slug(deviceType), typeAt.getLineNr());
            if (earlier != null) {
                throw problem(typeAt, DEVICE_TYPE, "device type \"" + deviceType + "\" is already listed at line "
                        + earlier + "; merge the two entries into one");
            }
            for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
                String measurement = threshold.getKey();
                String name = ruleNames.getOrDefault(measurement.toLowerCase(Locale.ROOT),
                        deviceType + " " + measurement + " high");
                rules.add(new ThresholdRule(ruleId(deviceType, measurement), 1, name, deviceType, measurement,
                        Comparison.GREATER_THAN, threshold.getValue(), Severity.HIGH, ALERT_TYPE,
                        ThresholdRule.DEFAULT_TEMPLATE));
            }
        }

        private static boolean isRuleOutput(String field) {
            return field.length() > RULE_OUTPUT.length()
                    && field.toLowerCase(Locale.ROOT).endsWith(RULE_OUTPUT.toLowerCase(Locale.ROOT));
        }

        private static String measurementOf(String ruleOutputField) {
            return ruleOutputField.substring(0, ruleOutputField.length() - RULE_OUTPUT.length());
        }

        private RulesFileException problem(JsonLocation at, String field, String message) {
            return new RulesFileException(source + " line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + (field == null ? "" : ", field " + field) + ": " + message);
        }

        private String found() throws IOException {
            JsonToken token = p.currentToken();
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case VALUE_STRING -> "\"" + p.getText() + "\"";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                default -> p.getText();
            };
        }
    }
}
