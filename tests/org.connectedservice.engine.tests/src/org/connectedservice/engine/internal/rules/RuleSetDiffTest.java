package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class RuleSetDiffTest {

    @Test
    void aChangedRuleListsEachChangedFieldAsTheFileWritesIt() {
        ThresholdRule before = ThresholdRule.greaterThan("fan-hot", 1, "Fan hot", "Fan", "Temperature", 50,
                Severity.LOW);
        ThresholdRule after = new ThresholdRule("fan-hot", 2, "Fan hot", before.scope(), "Temperature",
                before.condition(), Aggregation.hopping(Aggregation.Function.AVG, Duration.ofSeconds(60),
                        Duration.ofSeconds(10)), Duration.ofMillis(1500), 45.5, Severity.CRITICAL, "Test",
                Duration.ZERO, null);

        RuleSetDiff diff = RuleSetDiff.between(version(1, before), version(2, after));

        assertEquals(List.of(
                new RuleSetDiff.FieldChange("aggregation", "instant", "avg over a hopping 60 s window every 10 s"),
                new RuleSetDiff.FieldChange("sustainSeconds", "0", "1.5"),
                new RuleSetDiff.FieldChange("clearThreshold", "none", "45.5"),
                new RuleSetDiff.FieldChange("severity", "LOW", "CRITICAL"),
                new RuleSetDiff.FieldChange("alertType", "Anomaly", "Test")), diff.changed().get(0).fields());
        assertEquals(1, diff.fromVersion());
        assertEquals(2, diff.toVersion());
    }

    @Test
    void aRuleThatOnlyGotANewVersionNumberIsNotAChange() {
        ThresholdRule rule = ThresholdRule.greaterThan("fan-hot", 1, "Fan hot", "Fan", "Temperature", 50,
                Severity.LOW);

        assertTrue(RuleSetDiff.between(version(1, rule), version(2, rule.withVersion(4))).isEmpty());
    }

    private static RuleSetVersion version(int number, ThresholdRule rule) {
        return new RuleSetVersion(number, Instant.EPOCH, "a", "", List.of(rule));
    }
}
