package org.connectedservice.engine.internal.eval;

import static org.connectedservice.engine.internal.eval.ConditionKindsTest.single;
import static org.connectedservice.engine.internal.eval.RuleBuilder.reading;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aDeviceTypeRuleWatchesEveryDeviceOfThatTypeEachWithItsOwnEpisode() {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(List.of(rule("hot").type("Thermostat").above(70).build()));

        assertTrue(evaluator.evaluate(reading("p1", "Pump", 1, "Temperature", 99)).isEmpty());
        assertTrue(evaluator.evaluate(reading("x1", null, 1, "Temperature", 99)).isEmpty());
        assertEquals(1, evaluator.evaluate(reading("t1", "thermostat", 1, "Temperature", 99)).size());

        var other = single(evaluator.evaluate(reading("t2", "Thermostat", 2, "Temperature", 90)));
        assertEquals("t2", other.deviceId(), "t1 being broken does not hide t2's own fault");
        assertEquals("Thermostat", other.deviceType());
    }

    @Test
    void aDevicesRuleWatchesOnlyTheDevicesItNames() {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(List.of(rule("mine").devices("t1", "p7").above(70).build()));

        assertEquals(1, evaluator.evaluate(reading("t1", "Thermostat", 1, "Temperature", 99)).size());
        assertEquals(1, evaluator.evaluate(reading("p7", "Pump", 1, "Temperature", 99)).size());
        assertEquals(1, evaluator.evaluate(reading("T1", null, 2, "Temperature", 99)).size(),
                "scopes match whatever the capitalisation, as RuleScope does");
        assertTrue(evaluator.evaluate(reading("t2", "Thermostat", 1, "Temperature", 99)).isEmpty());
    }

    @Test
    void anAssetRuleWatchesTheDevicesOfThatAsset() {
        Map<String, String> assets = Map.of("t1", "Plant A", "t2", "Plant B");
        RuleEvaluator evaluator = new RuleEvaluator(assets::get);
        evaluator.setRules(List.of(rule("plant").asset("plant a").above(70).build()));

        assertEquals(1, evaluator.evaluate(reading("t1", "Thermostat", 1, "Temperature", 99)).size());
        assertTrue(evaluator.evaluate(reading("t2", "Thermostat", 1, "Temperature", 99)).isEmpty());
        assertTrue(evaluator.evaluate(reading("t3", "Thermostat", 1, "Temperature", 99)).isEmpty(),
                "a device without an asset is in no asset's scope");
    }

    @Test
    void anAssetLookupThatFailsOnlyLeavesAssetRulesOut() {
        RuleEvaluator evaluator = new RuleEvaluator(id -> {
            throw new IllegalStateException("registry offline");
        });
        evaluator.setRules(List.of(rule("plant").asset("Plant A").above(70).build(),
                rule("hot").type("Thermostat").above(70).build()));

        var fault = single(evaluator.evaluate(reading("t1", "Thermostat", 1, "Temperature", 99)));
        assertEquals("hot", fault.ruleId());
    }

    @Test
    void aDeviceKeepsItsTypeWhenALaterReadingDoesNotSayIt() {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(List.of(rule("hot").type("Thermostat").above(70).build()));
        evaluator.evaluate(reading("t1", "Thermostat", 1, "Temperature", 60));

        var fault = single(evaluator.evaluate(reading("t1", null, 2, "Temperature", 99)));
        assertEquals("Thermostat", fault.deviceType());
    }

    @Test
    void rulesOfSeveralScopesApplyTogether() {
        RuleEvaluator evaluator = new RuleEvaluator(id -> "Plant A");
        evaluator.setRules(List.of(rule("type").type("Thermostat").above(70).build(),
                rule("device").devices("t1").above(80).build(), rule("asset").asset("Plant A").above(90).build()));

        var faults = evaluator.evaluate(reading("t1", "Thermostat", 1, "Temperature", 95));

        assertEquals(List.of("type", "device", "asset"), faults.stream().map(f -> f.ruleId()).toList());
    }
}
