package org.connectedservice.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.model.Comparison;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRulesJsonTest {

    private static final String NAME = "devicerules.json";

    @Test
    void readsTheConnectedFieldServiceReferenceFile() throws Exception {
        List<ThresholdRule> rules = DeviceRulesJson.parse(NAME, """
                [{"DeviceType":"Thermostat","Temperature":70.0,"TemperatureRuleOutput":"AlarmTemp",
                  "Humidity":null,"HumidityRuleOutput":null}]
                """);

        assertEquals(List.of(new ThresholdRule("thermostat-temperature-gt", 1, "AlarmTemp", "Thermostat",
                "Temperature", Comparison.GREATER_THAN, 70.0, Severity.HIGH, "Anomaly",
                ThresholdRule.DEFAULT_TEMPLATE)), rules, "the null Humidity threshold makes no rule");
    }

    @Test
    void aThresholdWithoutRuleOutputIsNamedAfterDeviceTypeAndMeasurement() throws Exception {
        List<ThresholdRule> rules = DeviceRulesJson.parse(NAME, """
                [{"DeviceType": "Cooling Tower", "Fan Speed": 1200, "Pressure": 3.5, "PressureRuleOutput": "TooHigh"}]
                """);

        assertEquals(2, rules.size());
        assertEquals("cooling-tower-fan-speed-gt", rules.get(0).id());
        assertEquals("Cooling Tower Fan Speed high", rules.get(0).name());
        assertEquals(1200.0, rules.get(0).threshold());
        assertEquals("TooHigh", rules.get(1).name());
    }

    @Test
    void theDefaultFileHoldsTheThermostatAndPumpRules() {
        List<ThresholdRule> rules = DeviceRulesFile.defaultRules();

        assertEquals(List.of("AlarmTemp", "AlarmPressure", "AlarmVibration"),
                rules.stream().map(ThresholdRule::name).toList());
        assertEquals(List.of(70.0, 8.5, 7.0), rules.stream().map(ThresholdRule::threshold).toList());
    }

    @Test
    void aTextThresholdIsReportedWithLineAndField() {
        String message = failure("""
                [
                  {"DeviceType": "Thermostat",
                   "Temperature": "hot"}
                ]
                """);

        assertTrue(message.startsWith("devicerules.json line 3, column 19, field Temperature: "), message);
        assertTrue(message.endsWith("expected a number or null, found \"hot\""), message);
    }

    @Test
    void brokenFilesGetMessagesThatSayWhatToFix() {
        assertFailure("{\"DeviceType\": \"Pump\"}", "line 1, column 1: the file must hold a JSON array");
        assertFailure("[\n {\"Pressure\": 8.5}\n]", "line 2, column 2: entry 1 has no DeviceType");
        assertFailure("[{\"DeviceType\": 42}]", "field DeviceType: expected the device type name");
        assertFailure("[{\"DeviceType\": \"Pump\", \"PressureRuleOutput\": 3}]",
                "field PressureRuleOutput: expected the rule name in quotes");
        assertFailure("[{\"DeviceType\": \"Pump\", \"Pressure\": [1]}]",
                "field Pressure: expected a number or null, found an array");
        assertFailure("[{\"DeviceType\": \"Pump\", \"Pressure\": 1, \"Pressure\": 2}]",
                "field Pressure: appears twice in entry 1");
        assertFailure("[\"Pump\"]", "entry 1 must be an object");
        assertFailure("  ", "devicerules.json is empty");
        assertFailure("[{\"DeviceType\": \"Pump\", \"Pressure\": NaN}]",
                "line 1, column 40, near field Pressure: this is not valid JSON");
    }

    @Test
    void aRepeatedDeviceTypeNamesTheEarlierLine() {
        String message = failure("""
                [
                  {"DeviceType": "Pump", "Pressure": 8.5},
                  {"DeviceType": "pump", "Vibration": 7.0}
                ]
                """);

        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("already listed at line 2; merge the two entries"), message);
    }

    @Test
    void invalidJsonIsReportedWithItsLine() {
        String message = failure("""
                [
                  {"DeviceType": "Pump", "Pressure": 8.5}
                  {"DeviceType": "Fan"}
                ]
                """);

        assertTrue(message.startsWith("devicerules.json line 3, column 3: this is not valid JSON"), message);
        assertTrue(message.endsWith("look for a missing comma, quote or bracket"), message);
    }

    @Test
    void writtenRulesReadBackTheSame(@TempDir Path dir) throws Exception {
        List<ThresholdRule> rules = List.of(
                DeviceRulesJson.parse(NAME, "[{\"DeviceType\": \"Thermostat\", \"Temperature\": 70.5}]").get(0),
                InstantThresholdEvaluatorTest.rule("pump-pressure-gt", 1, "Pump", "Pressure", 8.5),
                InstantThresholdEvaluatorTest.rule("pump-vibration-gt", 1, "Pump", "Vibration", 7.0));
        Path file = dir.resolve(NAME);

        Files.writeString(file, DeviceRulesJson.toJson(rules));

        assertEquals(rules, DeviceRulesJson.parse(file));
    }

    @Test
    void aMissingFileIsNamedInFull(@TempDir Path dir) {
        Path file = dir.resolve(NAME);

        var error = assertThrows(RulesFileException.class, () -> DeviceRulesJson.parse(file));

        assertEquals(file + " does not exist", error.getMessage());
    }

    @Test
    void rulesTheFileCannotHoldAreRefusedOnWrite() {
        ThresholdRule below = new ThresholdRule("pump-pressure-lt", 1, "Low", "Pump", "Pressure",
                Comparison.LESS_THAN, 1.0, Severity.LOW, "Anomaly", ThresholdRule.DEFAULT_TEMPLATE);

        var error = assertThrows(IllegalArgumentException.class, () -> DeviceRulesJson.toJson(List.of(below)));

        assertTrue(error.getMessage().contains("only holds greater-than thresholds"), error.getMessage());
    }

    private static void assertFailure(String text, String expectedPart) {
        String message = failure(text);
        assertTrue(message.contains(expectedPart), message);
    }

    private static String failure(String text) {
        return assertThrows(RulesFileException.class, () -> DeviceRulesJson.parse(NAME, text)).getMessage();
    }
}
