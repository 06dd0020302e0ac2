package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class AsaExportTest {

    private static final Instant TIME = Instant.parse("2025-01-31T12:00:00Z");

    private static AsaExport.Result export(List<ThresholdRule> rules) {
        return AsaExport.export(new RuleSetVersion(7, TIME, "alice", "tuned", rules));
    }

    private static ThresholdRule rule(String id, RuleScope scope, Condition condition, Aggregation aggregation,
            Duration sustain, Double clear) {
        return new ThresholdRule(id, 1, id, scope, "Pressure", condition, aggregation, sustain, clear, Severity.LOW,
                null, null, null);
    }

    @Test
    void instantThresholdsJoinTheReferenceDataOnDeviceTypeAndMeasurement() {
        AsaExport.Result result = export(DefaultRules.rules());
        String q = result.query();

        assertTrue(q.startsWith("-- Azure Stream Analytics query for Connected Service Console rules version 7 "
                + "(2025-01-31T12:00:00Z, alice: tuned)\n"), q);
        assertTrue(q.contains("-- Every rule is exported.\n"), q);
        assertTrue(q.contains("FROM IoTHubInput T TIMESTAMP BY T.EventEnqueuedUtcTime\n"
                + "    CROSS APPLY GetRecordProperties(T) AS P\n"), q);
        assertTrue(q.contains("    FROM Readings R\n"
                + "    JOIN RulesReference Ref ON R.DeviceTypeKey = Ref.DeviceTypeKey AND R.Measurement = "
                + "Ref.Measurement\n"
                + "    WHERE Ref.WindowKey = 'instant' AND Ref.Condition <> 'rate'\n"), q);
        assertTrue(q.contains("WHEN Condition = '>' AND Value > Threshold THEN 1"), q);
        assertTrue(q.contains("LAG(Broken, 1, 0) OVER (PARTITION BY DeviceId, RuleId LIMIT DURATION(day, 1)) AS "
                + "WasBroken"), q);
        assertTrue(q.contains("INTO AlertsOutput\nFROM Edges\nWHERE Broken <> WasBroken\n"), q);
        assertFalse(q.contains("GROUP BY"), "no window step without aggregate rules");
        assertFalse(q.contains("DeviceIdKey = Ref.DeviceIdKey"), "no device join without device-scoped rules");
        assertFalse(q.contains("Rates AS"), q);
    }

    @Test
    void theReferenceDataHoldsOneRowPerRuleAndDeviceType() {
        List<ThresholdRule> rules = new ArrayList<>(DefaultRules.rules());
        rules.add(rule("two-types", new RuleScope(RuleScope.Kind.DEVICE_TYPE, List.of("Pump", "Compressor")),
                Condition.of(ConditionKind.GREATER_THAN, 9), null, null, null));

        String data = export(rules).referenceData();

        assertTrue(data.contains("\"RuleId\" : \"thermostat-temperature-gt\",\n  \"RuleVersion\" : 1,\n  "
                + "\"RuleName\" : \"AlarmTemp\",\n  \"DeviceTypeKey\" : \"thermostat\",\n  \"DeviceIdKey\" : null,\n"
                + "  \"Measurement\" : \"Temperature\",\n  \"Condition\" : \">\",\n  \"Threshold\" : 70.0,"), data);
        assertEquals(5, data.split("\"RuleId\"", -1).length - 1, data);
        assertTrue(data.contains("\"DeviceTypeKey\" : \"compressor\""), data);
    }

    @Test
    void aggregateRulesGetOneWindowedStepPerWindow() {
        String q = export(List.of(
                rule("avg10", RuleScope.deviceType("Fan"), Condition.of(ConditionKind.GREATER_THAN, 50),
                        Aggregation.tumbling(Aggregation.Function.AVG, Duration.ofSeconds(10)), null, null),
                rule("max10", RuleScope.deviceType("Pump"), Condition.of(ConditionKind.GREATER_THAN, 50),
                        Aggregation.tumbling(Aggregation.Function.MAX, Duration.ofSeconds(10)), null, null),
                rule("hop", new RuleScope(RuleScope.Kind.DEVICES, List.of("Pump-01")),
                        Condition.band(ConditionKind.OUTSIDE_BAND, 1, 5),
                        Aggregation.hopping(Aggregation.Function.MIN, Duration.ofSeconds(60), Duration.ofSeconds(10)),
                        null, null),
                rule("slide", RuleScope.deviceType("Pump"), Condition.of(ConditionKind.LESS_THAN, 3),
                        Aggregation.sliding(Aggregation.Function.COUNT, Duration.ofMillis(1500)), null, null)))
                .query();

        assertEquals(1, q.split("TumblingWindow\\(second, 10\\)", -1).length - 1, "two rules share one window");
        assertTrue(q.contains("WHERE Ref.WindowKey = 'tumbling-10s'\n"), q);
        assertTrue(q.contains("JOIN RulesReference Ref ON R.DeviceIdKey = Ref.DeviceIdKey AND R.Measurement = "
                + "Ref.Measurement\n    WHERE Ref.WindowKey = 'hopping-60s-every-10s'\n"), q);
        assertTrue(q.contains(", HoppingWindow(second, 60, 10)\n"), q);
        assertTrue(q.contains(", SlidingWindow(millisecond, 1500)\n"), q);
        assertTrue(q.contains("CASE Ref.Function WHEN 'avg' THEN AVG(R.Value) WHEN 'min' THEN MIN(R.Value) WHEN "
                + "'max' THEN MAX(R.Value) ELSE COUNT(*) END AS Value"), q);
        assertTrue(q.contains("WHEN Condition = 'outside' AND (Value < Threshold OR Value > Upper) THEN 1"), q);
    }

    @Test
    void rateRulesUseLagOverEachDevicesReadings() {
        String q = export(List.of(rule("surge", RuleScope.deviceType("Pump"),
                Condition.of(ConditionKind.RATE_OF_CHANGE, 3), null, null, null))).query();

        assertTrue(q.contains("Rates AS (\n"), q);
        assertTrue(q.contains("THEN (Value - LAG(Value) OVER (PARTITION BY DeviceId, Measurement LIMIT "
                + "DURATION(hour, 1))) * 60000.0"), q);
        assertTrue(q.contains("    FROM Rates R\n"), q);
        assertTrue(q.contains("WHEN Condition = 'rate' AND ABS(Value) > Threshold THEN 1"), q);
    }

    @Test
    void rulesStreamAnalyticsCannotRunAreListedAtTheTopWithTheReason() {
        ThresholdRule silent = rule("pump-silent", RuleScope.deviceType("Pump"), Condition.noData(
                Duration.ofSeconds(300)), null, null, null);
        ThresholdRule sticky = rule("pump-sticky", RuleScope.deviceType("Pump"),
                Condition.of(ConditionKind.GREATER_THAN, 9), null, Duration.ofSeconds(30), 8.0);
        ThresholdRule asset = rule("boiler", new RuleScope(RuleScope.Kind.ASSET, List.of("Boiler 7")),
                Condition.of(ConditionKind.GREATER_THAN, 9), null, null, null);
        List<ThresholdRule> rules = new ArrayList<>(DefaultRules.rules());
        rules.addAll(List.of(silent, sticky, asset));

        AsaExport.Result result = export(rules);

        String header = result.query().substring(0, result.query().indexOf("WITH Readings"));
        assertTrue(header.contains("-- Rules left out, as Stream Analytics cannot run them like the console does:\n"
                + "--   pump-silent (v1, pump-silent): no-data rules need a timer per device, and Stream Analytics "
                + "only computes when events arrive\n"
                + "--   pump-sticky (v1, pump-sticky): hysteresis (clear at 8) needs each device's raised state from "
                + "event to event, which LAG cannot carry, and sustain adds a start time on top\n"
                + "--   boiler (v1, boiler): the IoT Hub stream carries no asset;"), header);
        assertEquals(List.of("pump-silent", "pump-sticky", "boiler"),
                result.leftOut().stream().map(LeftOutRule::ruleId).toList());
        assertFalse(result.referenceData().contains("pump-silent"), "left-out rules have no reference rows");
    }

    @Test
    void aVersionWithNothingToRunSaysSo() {
        AsaExport.Result result = export(List.of(rule("pump-silent", RuleScope.deviceType("Pump"),
                Condition.noData(Duration.ofSeconds(300)), null, null, null)));

        assertTrue(result.query().endsWith("-- No rule of this version can run in Stream Analytics, so there is no "
                + "query.\n"), result.query());
        assertEquals("[ ]\n", result.referenceData());
    }
}
