package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

/**
 * Reads the rules file format (see {@link RulesJsonWriter}). Every mistake is reported with the file, line, column,
 * rule id and field, and what would be right; nothing is guessed, so a typo never silently changes a rule.
 */
public final class RulesJsonReader {

    static final List<String> DOCUMENT_FIELDS = List.of("version", "time", "author", "comment", "rules");
    static final List<String> RULE_FIELDS = List.of("id", "version", "name", "scope", "measurement", "condition",
            "threshold", "upper", "silenceSeconds", "aggregation", "sustainSeconds", "clearThreshold", "severity",
            "alertType", "suppressionSeconds", "description");
    static final String RULE_EXAMPLE = "{\"id\": \"pump-pressure\", \"scope\": {\"deviceType\": \"Pump\"}, "
            + "\"measurement\": \"Pressure\", \"condition\": \">\", \"threshold\": 8.5}";
    static final String EXAMPLE = "{\"rules\": [" + RULE_EXAMPLE + "]}";

    private RulesJsonReader() {
    }

    /** Reads a file; messages name it by its file name (the full path when it is missing or unreadable). */
    public static RuleSetVersion read(Path file) throws RulesFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulesFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new RulesFileException(file + " could not be read: " + e.getMessage(), e);
        }
        return read(file.getFileName().toString(), text);
    }

    /**
     * The document as written: number is 0, and time, author and comment are null, where the file leaves them out;
     * a rule without a version is version 1.
     */
    public static RuleSetVersion read(String source, String text) throws RulesFileException {
        JsonValue root = LocatedJson.parse(source, text, "a rules document, like " + EXAMPLE);
        if (!root.isObject()) {
            throw LocatedJson.problem(source, root.line(), root.column(), null, null, "a rules file holds one "
                    + "object with a \"rules\" list, like " + EXAMPLE + ", but this starts with " + root.describe()
                    + (root.isList() ? " (a devicerules.json file is imported, not read as a rules file)" : ""));
        }
        JsonFields doc = JsonFields.of(source, root, "the rules document", DOCUMENT_FIELDS);
        Integer number = doc.whole("version", 0);
        Instant time = null;
        String timeText = doc.text("time", "\"2025-01-31T12:00:00Z\"");
        if (timeText != null) {
            try {
                time = Instant.parse(timeText);
            } catch (DateTimeParseException e) {
                throw doc.problem("time", "expected a UTC time like \"2025-01-31T12:00:00Z\", found \"" + timeText
                        + "\"");
            }
        }
        JsonValue list = doc.required("rules", "[ ]");
        if (!list.isList()) {
            throw doc.problem("rules", "expected a list of rules in [ ], found " + list.describe());
        }
        List<ThresholdRule> rules = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (JsonValue item : list.items()) {
            if (!item.isObject()) {
                throw LocatedJson.problem(source, item.line(), item.column(), null, null,
                        "each rule is an object in { }, like " + RULE_EXAMPLE
                                + ", found " + item.describe());
            }
            ThresholdRule rule = readRule(source, item);
            Integer earlier = idLines.putIfAbsent(rule.id().toLowerCase(Locale.ROOT), item.line());
            if (earlier != null) {
                throw JsonFields.of(source, item, "a rule", RULE_FIELDS).forRule(rule.id()).problem("id",
                        "the rule at line " + earlier + " already has this id; give each rule its own id");
            }
            rules.add(rule);
        }
        return new RuleSetVersion(number == null ? 0 : number, time, doc.anyText("author"), doc.anyText("comment"),
                rules);
    }

    private static ThresholdRule readRule(String source, JsonValue item) throws RulesFileException {
        JsonFields f = JsonFields.of(source, item, "a rule", RULE_FIELDS);
        String id = f.requiredText("id", "\"pump-pressure-high\"");
        f = f.forRule(id);
        Integer version = f.whole("version", 1);
        String name = f.text("name", "\"AlarmTemp\"");
        String measurement = f.requiredText("measurement", "\"Temperature\"");
        Severity severity = Severity.HIGH;
        String severityText = f.text("severity", "\"HIGH\"");
        if (severityText != null) {
            try {
                severity = Severity.parse(severityText);
            } catch (IllegalArgumentException e) {
                throw f.problem("severity", e.getMessage());
            }
        }
        String alertType = ThresholdRule.DEFAULT_ALERT_TYPE;
        String alertText = f.text("alertType", "\"Anomaly\"");
        if (alertText != null && (alertType = RuleChecks.alertType(alertText)) == null) {
            throw f.problem("alertType", "unknown alert type \"" + alertText + "\"; use one of "
                    + String.join(", ", RuleChecks.ALERT_TYPES));
        }
        Duration sustain = f.seconds("sustainSeconds");
        Duration suppression = f.seconds("suppressionSeconds");
        ThresholdRule rule = new ThresholdRule(id, version == null ? 1 : version, name == null ? id : name,
                RuleParts.scope(f), measurement, RuleParts.condition(f), RuleParts.aggregation(f), sustain,
                f.number("clearThreshold", "68"), severity, alertType, suppression,
                f.text("description", "\"" + ThresholdRule.DEFAULT_TEMPLATE + "\""));
        var problem = RuleChecks.problemOf(rule);
        if (problem.isPresent()) {
            throw f.problem(problem.get().field(), problem.get().message());
        }
        return rule;
    }
}
