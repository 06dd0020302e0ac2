package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class RulesDraftTest {

    private static final String HOT = "thermostat-temperature-gt";

    private final RulesDraft draft = new RulesDraft(new RuleSetVersion(3, Instant.parse("2026-11-20T10:00:00Z"),
            "alice", "tuned", List.of(
                    ThresholdRule.greaterThan(HOT, 2, "AlarmTemp", "Thermostat", "Temperature", 70, Severity.HIGH),
                    ThresholdRule.greaterThan("pump-pressure-gt", 1, "AlarmPressure", "Pump", "Pressure", 8.5,
                            Severity.HIGH))));

    @Test
    void typingANumberIsOneUndoStepAndRedoBringsItBack() {
        draft.edit(HOT, RuleField.THRESHOLD, "7");
        draft.edit(HOT, RuleField.THRESHOLD, "75");
        draft.edit(HOT, RuleField.THRESHOLD, "75.5");
        assertEquals(75.5, threshold());
        assertTrue(draft.isDirty());
        assertEquals(Optional.of("Change threshold of AlarmTemp"), draft.undoLabel());

        assertTrue(draft.undo());
        assertEquals(70, threshold());
        assertFalse(draft.isDirty());
        assertFalse(draft.undo(), "the three keystrokes were one step");

        assertTrue(draft.redo());
        assertEquals(75.5, threshold());
    }

    @Test
    void editsOfAnotherFieldOrAfterASealAreSeparateSteps() {
        draft.edit(HOT, RuleField.THRESHOLD, "75");
        draft.edit(HOT, RuleField.SUSTAIN, "30");
        draft.edit(HOT, RuleField.SUSTAIN, "");
        draft.seal();
        draft.edit(HOT, RuleField.THRESHOLD, "80");

        draft.undo();
        assertEquals(75, threshold());
        draft.undo();
        assertEquals(75, threshold());
        assertEquals(java.time.Duration.ZERO, draft.rule(HOT).orElseThrow().sustain());
        draft.undo();
        assertEquals(70, threshold());
    }

    @Test
    void textThatIsNotANumberStaysOnItsFieldAndTheRuleKeepsItsValue() {
        Optional<FieldProblem> problem = draft.edit(HOT, RuleField.THRESHOLD, "7o");

        assertTrue(problem.isPresent());
        assertEquals("\"7o\" is not a number; type one like 70.5", problem.get().getMessage());
        assertEquals(70, threshold());
        assertEquals("\"7o\" is not a number; type one like 70.5", draft.problemsOf(HOT).get(RuleField.THRESHOLD));
        assertFalse(draft.undo(), "a refused keystroke is not an edit");

        draft.edit(HOT, RuleField.THRESHOLD, "71");
        assertTrue(draft.problems().isEmpty());
    }

    @Test
    void aHysteresisOnTheWrongSideIsShownOnTheClearThresholdField() {
        draft.edit(HOT, RuleField.CLEAR_THRESHOLD, "72");

        String message = draft.problemsOf(HOT).get(RuleField.CLEAR_THRESHOLD);
        assertTrue(message.startsWith("must be at or below the threshold 70"), message);
        assertEquals(72.0, draft.rule(HOT).orElseThrow().clearThreshold(), "kept, so lowering it next is one edit");

        draft.edit(HOT, RuleField.CLEAR_THRESHOLD, "68");
        assertTrue(draft.problems().isEmpty());
    }

    @Test
    void choosingABandFillsInAnUpperEdgeSoTheRuleStaysWhole() {
        draft.edit(HOT, RuleField.CONDITION, "outside");

        ThresholdRule rule = draft.rule(HOT).orElseThrow();
        assertEquals(ConditionKind.OUTSIDE_BAND, rule.condition().kind());
        assertEquals(77, rule.condition().upper());
        assertTrue(RuleField.UPPER.appliesTo(rule));
        assertFalse(RuleField.CLEAR_THRESHOLD.appliesTo(rule));

        Optional<FieldProblem> refused = draft.edit(HOT, RuleField.UPPER, "60");
        assertEquals("a band needs upper >= lower, got 70.0..60.0", refused.orElseThrow().getMessage());
    }

    @Test
    void twoRulesWithOneIdCannotBothStay() {
        draft.edit("pump-pressure-gt", RuleField.ID, "Thermostat-Temperature-GT");

        assertEquals("Thermostat-Temperature-GT", draft.selected());
        assertEquals(RuleField.ID, draft.problems().get(0).field());
        assertTrue(draft.problems().get(0).text().contains("another rule already has the id"));
    }

    @Test
    void addDuplicateDeleteAndImportAreUndoable() {
        String added = draft.addRule();
        String copy = draft.duplicate(HOT);
        draft.delete("pump-pressure-gt");
        assertEquals(List.of(HOT, copy, added), ids());
        assertEquals("AlarmTemp (copy)", draft.rule(copy).orElseThrow().name());

        int replaced = draft.importRules(List.of(ThresholdRule.greaterThan(HOT, 1, "AlarmTemp", "Thermostat",
                "Temperature", 90, Severity.LOW), ThresholdRule.greaterThan("boiler-gt", 1, "Boiler", "Boiler",
                        "Temperature", 95, Severity.HIGH)), "devicerules.json");
        assertEquals(1, replaced);
        assertEquals(90, threshold());
        assertEquals(List.of(HOT, copy, added, "boiler-gt"), ids());

        draft.undo();
        draft.undo();
        draft.undo();
        draft.undo();
        assertEquals(List.of(HOT, "pump-pressure-gt"), ids());
        assertFalse(draft.isDirty());
    }

    @Test
    void revertingToANewerActiveVersionCanBeUndone() {
        draft.edit(HOT, RuleField.THRESHOLD, "75");
        RuleSetVersion newer = new RuleSetVersion(4, Instant.parse("2026-11-20T11:00:00Z"), "bob", "pump",
                List.of(ThresholdRule.greaterThan(HOT, 2, "AlarmTemp", "Thermostat", "Temperature", 70,
                        Severity.HIGH)));

        draft.revertTo(newer);
        assertEquals(List.of(HOT), ids());
        assertFalse(draft.isDirty());
        assertEquals(4, draft.base().number());

        draft.undo();
        assertEquals(75, threshold());
        assertEquals(java.util.Set.of(HOT, "pump-pressure-gt"), draft.changedRuleIds());
    }

    private double threshold() {
        return draft.rule(HOT).orElseThrow().threshold();
    }

    private List<String> ids() {
        return draft.rules().stream().map(ThresholdRule::id).toList();
    }
}
