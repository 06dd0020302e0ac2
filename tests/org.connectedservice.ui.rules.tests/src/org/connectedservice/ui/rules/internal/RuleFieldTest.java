package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class RuleFieldTest {

    private static final ThresholdRule PUMP = new ThresholdRule("pump-pressure-avg", 2, "Pump pressure high",
            new RuleScope(RuleScope.Kind.DEVICES, List.of("pump-01", "pump-02")), "Pressure",
            Condition.of(ConditionKind.GREATER_THAN, 8.5), Aggregation.hopping(Aggregation.Function.AVG,
                    Duration.ofSeconds(60), Duration.ofSeconds(10)), Duration.ofSeconds(30), 8.0, Severity.CRITICAL,
            "Preventive Maintenance", Duration.ofMinutes(10), "{rule}: {value}");

    @Test
    void everyFieldShowsItsValueAndTypingItBackChangesNothing() throws Exception {
        List<String> shown = List.of(RuleField.values()).stream().map(f -> f.text(PUMP)).toList();
        assertEquals(List.of("pump-pressure-avg", "Pump pressure high", "devices", "pump-01, pump-02", "Pressure",
                ">", "8.5", "", "", "avg", "hopping", "60", "10", "30", "8", "CRITICAL", "Preventive Maintenance",
                "600", "{rule}: {value}"), shown);
        for (RuleField field : RuleField.values()) {
            assertEquals(PUMP, field.apply(PUMP, field.text(PUMP)), field.label());
        }
    }

    @Test
    void typedValuesChangeTheirField() throws Exception {
        assertEquals(List.of("pump-01", "pump-03"), RuleField.SCOPE_VALUES.apply(PUMP, " pump-01 ,pump-03,").scope()
                .values());
        assertEquals(Duration.ofMillis(1500), RuleField.SUSTAIN.apply(PUMP, "1,5").sustain());
        assertEquals(null, RuleField.CLEAR_THRESHOLD.apply(PUMP, " ").clearThreshold());
        assertEquals(Aggregation.INSTANT, RuleField.WINDOW.apply(PUMP, "none").aggregation());
        assertEquals(Severity.LOW, RuleField.SEVERITY.apply(PUMP, "low").severity());
        ThresholdRule silent = RuleField.CONDITION.apply(PUMP, "nodata");
        assertEquals(Duration.ofSeconds(120), silent.condition().silence());
        assertEquals("120", RuleField.SILENCE.text(silent));
    }

    @Test
    void wrongTextSaysWhatToType() {
        assertEquals("pick one of LOW, MEDIUM, HIGH, CRITICAL", assertThrows(FieldProblem.class,
                () -> RuleField.SEVERITY.apply(PUMP, "urgent")).getMessage());
        assertEquals("\"half a minute\" is not a number of seconds; type one like 30 or 0.5",
                assertThrows(FieldProblem.class, () -> RuleField.SUSTAIN.apply(PUMP, "half a minute")).getMessage());
        assertEquals("a hopping window needs 0 < hop <= size", assertThrows(FieldProblem.class,
                () -> RuleField.HOP.apply(PUMP, "90")).getMessage());
        assertEquals(RuleField.SCOPE_VALUES, assertThrows(FieldProblem.class,
                () -> RuleField.SCOPE_VALUES.apply(PUMP, " , ")).field());
    }
}
