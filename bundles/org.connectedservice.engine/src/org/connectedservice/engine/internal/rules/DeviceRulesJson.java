package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The devicerules.json reference data of Connected Field Service: one object per device type, each number field a
 * greater-than threshold for that measurement, each &lt;Measurement&gt;RuleOutput the rule's name. The format holds
 * nothing else, so an imported rule is an instant greater-than rule, version 1, HIGH, Anomaly, without hysteresis,
 * sustain or suppression; an export leaves out (and lists) every rule the format cannot say.
 */
public final class DeviceRulesJson {

    /** What an export wrote, and the rules it had to leave out. */
    public record Export(String json, List<LeftOutRule> leftOut) {
    }

    static final String DEVICE_TYPE = "DeviceType";
    static final String RULE_OUTPUT = "RuleOutput";
    private static final String EXAMPLE =
            "[{\"DeviceType\": \"Thermostat\", \"Temperature\": 70.0, \"TemperatureRuleOutput\": \"AlarmTemp\"}]";

    private DeviceRulesJson() {
    }

    public static List<ThresholdRule> read(Path file) throws RulesFileException {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new RulesFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new RulesFileException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    public static List<ThresholdRule> read(String source, String text) throws RulesFileException {
        JsonValue root = LocatedJson.parse(source, text, "a JSON list of device types, like " + EXAMPLE);
        if (!root.isList()) {
            throw LocatedJson.problem(source, root.line(), root.column(), null, null, "the file must hold a JSON "
                    + "list of device types, like " + EXAMPLE + ", but it starts with " + root.describe());
        }
        List<ThresholdRule> rules = new ArrayList<>();
        Map<String, Integer> typeLines = new HashMap<>();
        int entry = 0;
        for (JsonValue item : root.items()) {
            entry++;
            if (!item.isObject()) {
                throw LocatedJson.problem(source, item.line(), item.column(), null, null, "entry " + entry
                        + " must be an object like {\"DeviceType\": \"Thermostat\", ...}, found " + item.describe());
            }
            rules.addAll(readEntry(source, entry, item, typeLines));
        }
        return rules;
    }

    private static List<ThresholdRule> readEntry(String source, int entry, JsonValue item,
            Map<String, Integer> typeLines) throws RulesFileException {
        String deviceType = null;
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, JsonValue> field : item.fields().entrySet()) {
            String name = field.getKey();
            JsonValue v = field.getValue();
            if (name.equalsIgnoreCase(DEVICE_TYPE)) {
                if (!(v.value() instanceof String text) || slug(text).isEmpty()) {
                    throw at(source, v, name, "expected the device type name in quotes, like \"Thermostat\", found "
                            + v.describe());
                }
                deviceType = text.trim();
                Integer earlier = typeLines.putIfAbsent(slug(deviceType), v.line());
                if (earlier != null) {
                    throw at(source, v, name, "device type \"" + deviceType + "\" is already listed at line "
                            + earlier + "; merge the two entries into one");
                }
            } else if (isRuleOutput(name)) {
                if (v.value() instanceof String text) {
                    names.put(measurementOf(name).toLowerCase(Locale.ROOT), text.trim());
                } else if (!v.isNull()) {
                    throw at(source, v, name, "expected the rule name in quotes, like \"AlarmTemp\", or null, found "
                            + v.describe());
                }
            } else if (v.value() instanceof Double threshold) {
                thresholds.put(name, threshold);
            } else if (!v.isNull()) {
                throw at(source, v, name, "expected a number or null, found " + v.describe());
            }
        }
        if (deviceType == null) {
            throw at(source, item, null, "entry " + entry + " has no DeviceType; add \"DeviceType\": \"<device type>\"");
        }
        List<ThresholdRule> rules = new ArrayList<>();
        for (Map.Entry<String, Double> t : thresholds.entrySet()) {
            String measurement = t.getKey();
            String name = names.get(measurement.toLowerCase(Locale.ROOT));
            rules.add(ThresholdRule.greaterThan(ruleId(deviceType, measurement), 1,
                    name == null || name.isBlank() ? deviceType + " " + measurement + " high" : name, deviceType,
                    measurement, t.getValue(), Severity.HIGH));
        }
        return rules;
    }

    public static Export export(List<ThresholdRule> rules) {
        Map<String, String> typeNames = new LinkedHashMap<>();
        Map<String, List<ThresholdRule>> byType = new LinkedHashMap<>();
        Map<String, ThresholdRule> taken = new HashMap<>();
        List<LeftOutRule> leftOut = new ArrayList<>();
        for (ThresholdRule rule : rules) {
            String reason = DeviceRulesExportCheck.whyNot(rule);
            for (String type : reason == null ? rule.scope().values() : List.<String>of()) {
                ThresholdRule other = taken.get(slug(type) + "|" + rule.measurement().toLowerCase(Locale.ROOT));
                if (other != null) {
                    reason = "devicerules.json holds one threshold per device type and measurement, and rule "
                            + other.id() + " already gives " + type + " " + rule.measurement();
                }
            }
            if (reason != null) {
                leftOut.add(LeftOutRule.of(rule, reason));
                continue;
            }
            for (String type : rule.scope().values()) {
                taken.put(slug(type) + "|" + rule.measurement().toLowerCase(Locale.ROOT), rule);
                typeNames.putIfAbsent(slug(type), type);
                byType.computeIfAbsent(slug(type), t -> new ArrayList<>()).add(rule);
            }
        }
        return new Export(write(typeNames, byType), leftOut);
    }

    /** The current rules with the imported ones added, an imported rule replacing the current rule of its id. */
    public static List<ThresholdRule> merge(List<ThresholdRule> current, List<ThresholdRule> imported) {
        Map<String, ThresholdRule> byId = new LinkedHashMap<>();
        current.forEach(r -> byId.put(r.id(), r));
        imported.forEach(r -> byId.put(r.id(), r));
        return List.copyOf(byId.values());
    }

    private static String write(Map<String, String> typeNames, Map<String, List<ThresholdRule>> byType) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Map.Entry<String, List<ThresholdRule>> type : byType.entrySet()) {
                g.writeStartObject();
                g.writeStringField(DEVICE_TYPE, typeNames.get(type.getKey()));
                for (ThresholdRule rule : type.getValue()) {
                    g.writeNumberField(rule.measurement(), rule.threshold());
                    g.writeStringField(rule.measurement() + RULE_OUTPUT, rule.name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    static String ruleId(String deviceType, String measurement) {
        return slug(deviceType) + "-" + slug(measurement) + "-gt";
    }

    static boolean isRuleOutput(String field) {
        return field.length() > RULE_OUTPUT.length()
                && field.toLowerCase(Locale.ROOT).endsWith(RULE_OUTPUT.toLowerCase(Locale.ROOT));
    }

    private static String measurementOf(String ruleOutputField) {
        return ruleOutputField.substring(0, ruleOutputField.length() - RULE_OUTPUT.length());
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static RulesFileException at(String source, JsonValue v, String field, String message) {
        return LocatedJson.problem(source, v.line(), v.column(), null, field, message);
    }
}
