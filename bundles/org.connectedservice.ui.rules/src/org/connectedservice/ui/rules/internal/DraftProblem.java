package org.connectedservice.ui.rules.internal;

/** Something that keeps the draft from being applied, placed on the rule and form field to fix. */
public record DraftProblem(String ruleId, RuleField field, String message) {

    public String text() {
        return "rule \"" + ruleId + "\", " + field.label() + ": " + message;
    }
}
