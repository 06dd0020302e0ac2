package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class RulesJsonTest {

    static ThresholdRule rule(String id, RuleScope scope, String measurement, Condition condition,
            Aggregation aggregation, Duration sustain, Double clear, Duration suppression) {
        return new ThresholdRule(id, 2, id + " name", scope, measurement, condition, aggregation, sustain, clear,
                Severity.MEDIUM, "Preventive Maintenance", suppression, "{measurement} at {value} on {rule}");
    }

    static List<ThresholdRule> everyKindOfRule() {
        return List.of(
                ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp", "Thermostat", "Temperature",
                        70.0, Severity.HIGH),
                rule("pump-band", new RuleScope(RuleScope.Kind.DEVICES, List.of("pump-01", "pump-02")), "Pressure",
                        Condition.band(ConditionKind.OUTSIDE_BAND, 2.5, 8.5), Aggregation.INSTANT,
                        Duration.ofSeconds(30), null, Duration.ofMinutes(10)),
                rule("fan-hot-average", RuleScope.deviceType("Fan"), "Temperature",
                        Condition.of(ConditionKind.GREATER_OR_EQUAL, 55.25),
                        Aggregation.hopping(Aggregation.Function.AVG, Duration.ofSeconds(60), Duration.ofSeconds(10)),
                        Duration.ZERO, 50.0, Duration.ZERO),
                rule("boiler-silent", new RuleScope(RuleScope.Kind.ASSET, List.of("Boiler 7")), "Pressure",
                        Condition.noData(Duration.ofSeconds(300)), Aggregation.INSTANT, Duration.ZERO, null,
                        Duration.ZERO),
                rule("pump-surge", new RuleScope(RuleScope.Kind.DEVICE_TYPE, List.of("Pump", "Compressor")),
                        "Pressure", Condition.of(ConditionKind.RATE_OF_CHANGE, 3), Aggregation.INSTANT,
                        Duration.ofMillis(500), 1.0, Duration.ZERO),
                rule("chiller-few", RuleScope.deviceType("Chiller"), "Flow",
                        Condition.of(ConditionKind.LESS_OR_EQUAL, 2),
                        Aggregation.sliding(Aggregation.Function.COUNT, Duration.ofSeconds(30)), Duration.ZERO, 4.0,
                        Duration.ZERO),
                rule("valve-inside", RuleScope.deviceType("Valve"), "Position",
                        Condition.band(ConditionKind.INSIDE_BAND, -1, 1),
                        Aggregation.tumbling(Aggregation.Function.MIN, Duration.ofSeconds(10)), Duration.ZERO, null,
                        Duration.ZERO));
    }

    @Test
    void everyKindOfRuleReadsBackAsWritten() throws Exception {
        RuleSetVersion version = new RuleSetVersion(42, Instant.parse("2025-01-31T12:00:00.250Z"), "alice",
                "tuned the pumps", everyKindOfRule());

        String text = RulesJsonWriter.write(version);

        assertEquals(version, RulesJsonReader.read("rules.json", text));
        assertTrue(text.contains("\"condition\": \"outside\""), text);
        assertTrue(text.contains("\"sustainSeconds\": 0.5"), text);
    }

    @Test
    void theDocumentedExampleReads() throws Exception {
        RuleSetVersion read = RulesJsonReader.read("rules.json", """
                {"version":7,"time":"2025-01-31T12:00:00Z","author":"alice","comment":"hotter","rules":[
                  {"id":"t-hot","version":3,"name":"AlarmTemp","scope":{"deviceType":"Thermostat"},
                   "measurement":"Temperature","condition":">","threshold":70,"upper":null,"silenceSeconds":null,
                   "aggregation":{"function":"avg","window":"tumbling","sizeSeconds":10,"hopSeconds":null},
                   "sustainSeconds":0,"clearThreshold":null,"severity":"HIGH","alertType":"anomaly",
                   "suppressionSeconds":0,"description":"{measurement} reading of {value} exceeded a threshold of {threshold}"}]}
                """);

        assertEquals(7, read.number());
        assertEquals("alice", read.author());
        ThresholdRule rule = read.rules().get(0);
        assertEquals(3, rule.version());
        assertEquals(Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10)), rule.aggregation());
        assertEquals("Anomaly", rule.alertType(), "alert types are matched regardless of case");
    }

    @Test
    void aMinimalHandWrittenRuleGetsTheUsualDefaults() throws Exception {
        RuleSetVersion read = RulesJsonReader.read("rules.json", """
                {"rules": [{"id": "pump-pressure", "scope": {"deviceType": "Pump"}, "measurement": "Pressure",
                            "condition": ">", "threshold": 8.5}]}
                """);

        assertEquals(0, read.number());
        assertNull(read.author());
        assertEquals(List.of(new ThresholdRule("pump-pressure", 1, "pump-pressure", RuleScope.deviceType("Pump"),
                "Pressure", Condition.of(ConditionKind.GREATER_THAN, 8.5), Aggregation.INSTANT, Duration.ZERO, null,
                Severity.HIGH, "Anomaly", Duration.ZERO, ThresholdRule.DEFAULT_TEMPLATE)), read.rules());
    }

    @Test
    void aFileSavedWithAByteOrderMarkReads() throws Exception {
        assertEquals(1, RulesJsonReader.read("rules.json", "\uFEFF" + rules("\"condition\": \">\",",
                "\"threshold\": 1")).rules().size());
    }

    @Test
    void aWrongValueIsReportedWithLineColumnRuleAndField() {
        assertEquals("rules.json line 5, column 17, rule \"pump-pressure\", field threshold: expected a number like "
                + "70.5, or null, found \"hot\"", failure(rules("\"condition\": \">\",", "\"threshold\": \"hot\"")));
    }

    @Test
    void brokenRulesNameTheLineAndTheField() {
        assertProblem(rules("\"condition\": \"=>\",", "\"threshold\": 1"), 4, "condition",
                "unknown condition '=>': use >, >=, <, <=, outside, inside, rate or nodata");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 1,", "\"severity\": \"URGENT\""), 5, "severity",
                "unknown severity 'URGENT'");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 1,", "\"alertType\": \"Alarm\""), 5, "alertType",
                "unknown alert type \"Alarm\"; use one of Anomaly, Information, Preventive Maintenance, Test");
        assertProblem(rules("\"condition\": \"outside\",", "\"threshold\": 1"), 2, "upper",
                "a band (outside) needs its upper edge");
        assertProblem(rules("\"condition\": \"inside\", \"threshold\": 5,", "\"upper\": 1"), 5, "upper",
                "must be at or above the threshold 5");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 1,", "\"sustainSeconds\": -5"), 5,
                "sustainSeconds", "a duration cannot be negative");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 70,", "\"clearThreshold\": 75"), 5,
                "clearThreshold", "must be at or below the threshold 70");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 1,", "\"aggregation\": {\"function\": \"avg\", "
                + "\"window\": \"hopping\", \"sizeSeconds\": 10, \"hopSeconds\": 30}"), 5, "aggregation.hopSeconds",
                "at most sizeSeconds (10), found 30");
        assertProblem(rules("\"condition\": \">\", \"threshold\": 1,", "\"aggregation\": {\"function\": \"median\", "
                + "\"window\": \"tumbling\", \"sizeSeconds\": 10}"), 5, "aggregation.function",
                "unknown function \"median\"; use avg, min, max, count");
        assertProblem(rules("\"condition\": \">\",", "\"treshold\": 1"), 5, "treshold",
                "is not a field of a rule; the fields of a rule are id, version, name,");
        assertProblem(rules("\"condition\": \"nodata\",", "\"silenceSeconds\": 0"), 5, "silenceSeconds",
                "a nodata rule needs the seconds of silence");
    }

    @Test
    void aMissingFieldIsReportedAtTheRuleItBelongsTo() {
        assertProblem("""
                {"rules": [
                  {"id": "pump-pressure", "scope": {"deviceType": "Pump"},
                   "condition": ">", "threshold": 8.5}
                ]}
                """, 2, "measurement", "is missing; add \"measurement\": \"Temperature\"");
        assertProblem("""
                {"rules": [
                  {"id": "a", "scope": {"deviceType": "Pump", "asset": "B7"}, "measurement": "P",
                   "condition": ">", "threshold": 8.5}
                ]}
                """, 2, "scope", "give exactly one of deviceType, devices or asset");
    }

    @Test
    void aRepeatedIdNamesTheEarlierRule() {
        String text = """
                {"rules": [
                  {"id": "pump", "scope": {"deviceType": "Pump"}, "measurement": "P", "condition": ">", "threshold": 1},
                  {"id": "Pump", "scope": {"deviceType": "Pump"}, "measurement": "V", "condition": ">", "threshold": 2}
                ]}
                """;

        assertProblem(text, 3, "id", "the rule at line 2 already has this id; give each rule its own id");
    }

    @Test
    void documentMistakesAreNamedToo() {
        assertProblem("{\"rules\": [], \"time\": \"yesterday\"}", 1, "time", "expected a UTC time like");
        assertProblem("{\"rules\": {}}", 1, "rules", "expected a list of rules in [ ], found an object");
        assertTrue(failure("[{\"DeviceType\": \"Pump\", \"Pressure\": 8.5}]")
                .contains("a devicerules.json file is imported, not read as a rules file"));
        assertTrue(failure(" ").startsWith("rules.json is empty: write a rules document, like {\"rules\""));
        String notJson = failure("{\"rules\": [\n  {\"id\": \"a\" \"scope\": {}}\n]}");
        assertTrue(notJson.startsWith("rules.json line 2, column 14, near field id: this is not valid JSON"), notJson);
        assertTrue(notJson.endsWith("look for a missing comma, quote or bracket"), notJson);
    }

    @Test
    void theExceptionCarriesThePlaceForAnEditor() {
        var error = assertThrows(RulesFileException.class, () -> RulesJsonReader.read("rules.json",
                rules("\"condition\": \">\",", "\"threshold\": \"hot\"")));

        assertEquals(5, error.line());
        assertEquals(17, error.column());
        assertEquals("threshold", error.field());
    }

    /** A one-rule document whose last two property lines are given: they are lines 4 and 5. */
    static String rules(String line4, String line5) {
        return "{\"rules\": [\n"
                + "  {\"id\": \"pump-pressure\",\n"
                + "   \"scope\": {\"deviceType\": \"Pump\"}, \"measurement\": \"Pressure\",\n"
                + "   " + line4 + "\n"
                + "   " + line5 + "}\n"
                + "]}\n";
    }

    private static void assertProblem(String text, int line, String field, String expected) {
        String message = failure(text);
        assertTrue(message.startsWith("rules.json line " + line + ", column "), message);
        assertTrue(message.contains(", field " + field + ": "), message);
        assertTrue(message.contains(expected), message);
    }

    private static String failure(String text) {
        return assertThrows(RulesFileException.class, () -> RulesJsonReader.read("rules.json", text)).getMessage();
    }
}
