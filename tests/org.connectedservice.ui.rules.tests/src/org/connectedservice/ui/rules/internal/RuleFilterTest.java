package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class RuleFilterTest {

    private static final ThresholdRule HOT = ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp",
            "Thermostat", "Temperature", 70, Severity.HIGH);
    private static final ThresholdRule PRESSURE = ThresholdRule.greaterThan("pump-pressure-gt", 1, "AlarmPressure",
            "Pump", "Pressure", 8.5, Severity.CRITICAL);
    private static final ThresholdRule VIBRATION = ThresholdRule.greaterThan("pump-vibration-gt", 1, "AlarmVibration",
            "Pump", "Vibration", 7, Severity.HIGH);
    private static final List<ThresholdRule> RULES = List.of(HOT, PRESSURE, VIBRATION);

    @Test
    void everySearchWordMustMatchSomewhere() {
        assertEquals(List.of(PRESSURE, VIBRATION), RuleFilter.apply(RULES, RuleFilter.ALL, "pump", Set.of(), Set.of()));
        assertEquals(List.of(VIBRATION), RuleFilter.apply(RULES, RuleFilter.ALL, "PUMP vib", Set.of(), Set.of()));
        assertEquals(List.of(HOT), RuleFilter.apply(RULES, RuleFilter.ALL, "> 70", Set.of(), Set.of()));
    }

    @Test
    void filtersNarrowToChangedBrokenMeasurementOrSeverity() {
        assertEquals(List.of("All rules", "Changed in draft", "With problems", "Measurement: Pressure",
                "Measurement: Temperature", "Measurement: Vibration", "Severity: CRITICAL", "Severity: HIGH"),
                RuleFilter.choices(RULES));
        assertEquals(List.of(HOT), RuleFilter.apply(RULES, RuleFilter.CHANGED, "", Set.of(HOT.id()), Set.of()));
        assertEquals(List.of(VIBRATION), RuleFilter.apply(RULES, RuleFilter.PROBLEMS, "", Set.of(),
                Set.of(VIBRATION.id())));
        assertEquals(List.of(PRESSURE), RuleFilter.apply(RULES, "Measurement: Pressure", null, Set.of(), Set.of()));
        assertEquals(List.of(HOT, VIBRATION), RuleFilter.apply(RULES, "Severity: HIGH", "", Set.of(), Set.of()));
    }
}
