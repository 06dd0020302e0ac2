package org.connectedservice.ui.rules.internal;

/** Text typed into a form field that does not make a rule, with what to type instead. */
public final class FieldProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final RuleField field;

    FieldProblem(RuleField field, String message) {
        super(message);
        this.field = field;
    }

    public RuleField field() {
        return field;
    }
}
