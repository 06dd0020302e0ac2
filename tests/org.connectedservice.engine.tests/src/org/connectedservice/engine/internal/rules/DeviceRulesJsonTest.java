package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

class DeviceRulesJsonTest {

    private static final String NAME = "devicerules.json";
    private static final String REFERENCE = """
            [{"DeviceType":"Thermostat","Temperature":70.0,"TemperatureRuleOutput":"AlarmTemp",
              "Humidity":null,"HumidityRuleOutput":null},
             {"DeviceType":"Pump","Pressure":8.5,"PressureRuleOutput":"AlarmPressure","Vibration":7.0}]
            """;

    @Test
    void eachNumberImportsAsAnInstantGreaterThanRuleAndNullsAsNothing() throws Exception {
        List<ThresholdRule> rules = DeviceRulesJson.read(NAME, REFERENCE);

        assertEquals(List.of(
                ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp", "Thermostat", "Temperature",
                        70.0, Severity.HIGH),
                ThresholdRule.greaterThan("pump-pressure-gt", 1, "AlarmPressure", "Pump", "Pressure", 8.5,
                        Severity.HIGH),
                ThresholdRule.greaterThan("pump-vibration-gt", 1, "Pump Vibration high", "Pump", "Vibration", 7.0,
                        Severity.HIGH)), rules);
        ThresholdRule imported = rules.get(0);
        assertEquals(Duration.ZERO, imported.sustain());
        assertEquals(Duration.ZERO, imported.suppression());
        assertEquals(null, imported.clearThreshold());
        assertTrue(imported.aggregation().isInstant());
    }

    @Test
    void anExportReadsBackAsTheSameRules() throws Exception {
        List<ThresholdRule> rules = DeviceRulesJson.read(NAME, REFERENCE);

        DeviceRulesJson.Export export = DeviceRulesJson.export(rules);

        assertEquals(rules, DeviceRulesJson.read(NAME, export.json()));
        assertTrue(export.leftOut().isEmpty());
        assertTrue(export.json().contains("\"TemperatureRuleOutput\" : \"AlarmTemp\""), export.json());
        assertEquals(DefaultRules.rules(), DeviceRulesJson.read(NAME, DeviceRulesJson.export(DefaultRules.rules())
                .json()));
    }

    @Test
    void anExportLeavesOutWhatTheFormatCannotSayAndSaysWhy() throws Exception {
        ThresholdRule plain = ThresholdRule.greaterThan("pump-pressure-gt", 3, "AlarmPressure", "Pump", "Pressure",
                8.5, Severity.HIGH);
        List<ThresholdRule> rules = List.of(plain,
                new ThresholdRule("pump-low", 2, "Low", RuleScope.deviceType("Pump"), "Pressure",
                        Condition.of(ConditionKind.LESS_THAN, 1), null, null, null, Severity.LOW, null, null, null),
                new ThresholdRule("pump-avg", 1, "Avg", RuleScope.deviceType("Pump"), "Flow",
                        Condition.of(ConditionKind.GREATER_THAN, 3),
                        Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10)), null, null,
                        Severity.LOW, null, null, null),
                new ThresholdRule("one-pump", 1, "One", new RuleScope(RuleScope.Kind.DEVICES, List.of("pump-01")),
                        "Flow", Condition.of(ConditionKind.GREATER_THAN, 3), null, null, null, Severity.LOW, null, null,
                        null),
                new ThresholdRule("sticky", 1, "Sticky", RuleScope.deviceType("Pump"), "Noise",
                        Condition.of(ConditionKind.GREATER_THAN, 3), null, Duration.ofSeconds(30), null, Severity.LOW,
                        null, null, null),
                ThresholdRule.greaterThan("pump-pressure-2", 1, "AlarmPressure", "Pump", "Pressure", 9, Severity.LOW));

        DeviceRulesJson.Export export = DeviceRulesJson.export(rules);

        assertEquals(List.of(plain), DeviceRulesJson.read(NAME, export.json()).stream()
                .map(r -> r.withVersion(3)).toList());
        assertEquals(List.of(
                "pump-low (v2, Low): devicerules.json only holds greater-than thresholds; this rule is < 1",
                "pump-avg (v1, Avg): devicerules.json compares single readings; this rule uses avg over a tumbling "
                        + "10 s window",
                "one-pump (v1, One): devicerules.json scopes thresholds by device type; this rule watches devices "
                        + "pump-01",
                "sticky (v1, Sticky): devicerules.json has no sustain; this rule must hold for 30 s",
                "pump-pressure-2 (v1, AlarmPressure): devicerules.json holds one threshold per device type and "
                        + "measurement, and rule pump-pressure-gt already gives Pump Pressure"),
                export.leftOut().stream().map(LeftOutRule::text).toList());
    }

    @Test
    void brokenFilesNameTheLineAndField() {
        assertEquals("devicerules.json line 3, column 19, field Temperature: expected a number or null, found \"hot\"",
                failure("[\n  {\"DeviceType\": \"Thermostat\",\n   \"Temperature\": \"hot\"}\n]"));
        assertTrue(failure("[\n {\"Pressure\": 8.5}\n]").startsWith("devicerules.json line 2, column 2: entry 1 "
                + "has no DeviceType"));
        assertTrue(failure("[{\"DeviceType\": 42}]").contains("field DeviceType: expected the device type name"));
        assertTrue(failure("[{\"DeviceType\": \"Pump\", \"PressureRuleOutput\": 3}]")
                .contains("field PressureRuleOutput: expected the rule name in quotes"));
        assertTrue(failure("[{\"DeviceType\": \"Pump\", \"Pressure\": 1, \"pressure\": 2}]")
                .contains("field pressure: appears twice in the same object (also as \"Pressure\"); keep one"));
        assertTrue(failure("{\"DeviceType\": \"Pump\"}").contains("the file must hold a JSON list of device types"));
        assertTrue(failure("[\n {\"DeviceType\": \"Pump\", \"Pressure\": 8.5},\n {\"DeviceType\": \"pump\"}\n]")
                .contains("line 3, column 17, field DeviceType: device type \"pump\" is already listed at line 2"));
        assertTrue(failure("[{\"DeviceType\": \"Pump\", \"Pressure\": 8.5}\n {\"DeviceType\": \"Fan\"}]")
                .startsWith("devicerules.json line 2, column 2: this is not valid JSON"));
    }

    @Test
    void importedRulesMergeIntoTheCurrentOnesById() throws Exception {
        List<ThresholdRule> current = DefaultRules.rules();
        List<ThresholdRule> imported = DeviceRulesJson.read(NAME,
                "[{\"DeviceType\": \"Pump\", \"Pressure\": 9.5}, {\"DeviceType\": \"Fan\", \"Speed\": 1500}]");

        List<ThresholdRule> merged = DeviceRulesJson.merge(current, imported);

        assertEquals(List.of("thermostat-temperature-gt", "pump-pressure-gt", "pump-vibration-gt", "fan-speed-gt"),
                merged.stream().map(ThresholdRule::id).toList());
        assertEquals(9.5, merged.get(1).threshold());
    }

    @Test
    void eitherFormatReadsAsRules(@TempDir Path dir) throws Exception {
        Path device = Files.writeString(dir.resolve("devicerules.json"), REFERENCE);
        Path ours = Files.writeString(dir.resolve("rules.json"), RulesJsonWriter.write(
                new RuleSetVersion(3, Instant.EPOCH, "a", "c", DefaultRules.rules())));

        assertEquals(DeviceRulesJson.read(NAME, REFERENCE), RulesFiles.read(device));
        assertEquals(DefaultRules.rules(), RulesFiles.read(ours));
        Path missing = dir.resolve("nothing.json");
        assertEquals(missing + " does not exist",
                assertThrows(RulesFileException.class, () -> RulesFiles.read(missing)).getMessage());
    }

    private static String failure(String text) {
        return assertThrows(RulesFileException.class, () -> DeviceRulesJson.read(NAME, text)).getMessage();
    }
}
