package org.connectedservice.ui.rules.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.RuleChecks;
import org.connectedservice.engine.internal.rules.RulesJsonWriter;

/**
 * Every field of the form, in form order: how a rule shows in it, and how typed text changes the rule. check is
 * the rules file's field name, which RuleChecks uses to say where a problem is.
 */
public enum RuleField {
    ID("Id", "id"), NAME("Name", "name"), SCOPE_KIND("Scope", "scopeKind"), SCOPE_VALUES("Watches", "scope"),
    MEASUREMENT("Measurement", "measurement"), CONDITION("Condition", "condition"), THRESHOLD("Threshold", "threshold"),
    UPPER("Upper edge", "upper"), SILENCE("Silence (s)", "silenceSeconds"), FUNCTION("Aggregation", "aggregation"),
    WINDOW("Window", "window"), WINDOW_SIZE("Window size (s)", "sizeSeconds"), HOP("Hop (s)", "hopSeconds"),
    SUSTAIN("Sustain (s)", "sustainSeconds"), CLEAR_THRESHOLD("Clear threshold", "clearThreshold"),
    SEVERITY("Severity", "severity"), ALERT_TYPE("Alert type", "alertType"),
    SUPPRESSION("Suppression (s)", "suppressionSeconds"), DESCRIPTION("Description", "description");

    private static final List<String> SCOPES = List.of("device type", "devices", "asset");

    private final String label;
    private final String check;

    RuleField(String label, String check) {
        this.label = label;
        this.check = check;
    }

    public String label() {
        return label;
    }

    /** The field RuleChecks names a problem by, e.g. "aggregation" lands on the aggregation function. */
    public static RuleField forCheck(String checkField) {
        return Arrays.stream(values()).filter(f -> f.check.equals(checkField)).findFirst().orElse(DESCRIPTION);
    }

    /** The values a combo offers, or an empty list for a text field. */
    public List<String> choices() {
        return switch (this) {
            case SCOPE_KIND -> SCOPES;
            case CONDITION -> Arrays.stream(ConditionKind.values()).map(ConditionKind::symbol).toList();
            case FUNCTION -> lower(Aggregation.Function.values());
            case WINDOW -> lower(Aggregation.Window.values());
            case SEVERITY -> Arrays.stream(Severity.values()).map(Enum::name).toList();
            case ALERT_TYPE -> RuleChecks.ALERT_TYPES;
            default -> List.of();
        };
    }

    /** Whether the field means anything for this rule (a band's upper edge only for bands, and so on). */
    public boolean appliesTo(ThresholdRule r) {
        ConditionKind k = r.condition().kind();
        return switch (this) {
            case THRESHOLD -> k != ConditionKind.NO_DATA;
            case UPPER -> k == ConditionKind.OUTSIDE_BAND || k == ConditionKind.INSIDE_BAND;
            case SILENCE -> k == ConditionKind.NO_DATA;
            case WINDOW_SIZE -> !r.aggregation().isInstant();
            case HOP -> r.aggregation().window() == Aggregation.Window.HOPPING;
            case CLEAR_THRESHOLD -> k != ConditionKind.NO_DATA && k != ConditionKind.OUTSIDE_BAND
                    && k != ConditionKind.INSIDE_BAND;
            default -> true;
        };
    }

    public String text(ThresholdRule r) {
        return switch (this) {
            case ID -> r.id();
            case NAME -> r.name();
            case SCOPE_KIND -> SCOPES.get(r.scope().kind().ordinal());
            case SCOPE_VALUES -> String.join(", ", r.scope().values());
            case MEASUREMENT -> r.measurement();
            case CONDITION -> r.condition().kind().symbol();
            case THRESHOLD -> number(r.threshold());
            case UPPER -> Double.isNaN(r.condition().upper()) ? "" : number(r.condition().upper());
            case SILENCE -> seconds(r.condition().silence());
            case FUNCTION -> r.aggregation().function().name().toLowerCase(Locale.ROOT);
            case WINDOW -> r.aggregation().window().name().toLowerCase(Locale.ROOT);
            case WINDOW_SIZE -> r.aggregation().isInstant() ? "" : seconds(r.aggregation().size());
            case HOP -> r.aggregation().window() == Aggregation.Window.HOPPING ? seconds(r.aggregation().hop()) : "";
            case SUSTAIN -> seconds(r.sustain());
            case CLEAR_THRESHOLD -> r.clearThreshold() == null ? "" : number(r.clearThreshold());
            case SEVERITY -> r.severity().name();
            case ALERT_TYPE -> r.alertType();
            case SUPPRESSION -> seconds(r.suppression());
            case DESCRIPTION -> r.descriptionTemplate();
        };
    }

    /** The rule with this field set from typed text; an empty field that means nothing for the rule changes nothing. */
    public ThresholdRule apply(ThresholdRule rule, String typed) throws FieldProblem {
        String t = typed == null ? "" : typed.trim();
        if (t.isEmpty() && !appliesTo(rule)) {
            return rule;
        }
        RuleCopy c = new RuleCopy(rule);
        switch (this) {
            case ID -> c.id = t;
            case NAME -> c.name = t;
            case SCOPE_KIND -> c.scopeKind = RuleScope.Kind.values()[choice(t)];
            case SCOPE_VALUES -> c.scopeValues = Arrays.stream(t.split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            case MEASUREMENT -> c.measurement = t;
            case CONDITION -> c.conditionKind(ConditionKind.values()[choice(t)]);
            case THRESHOLD -> c.threshold = number(t, "like 70.5");
            case UPPER -> c.upper = number(t, "the band's upper edge, like 80");
            case SILENCE -> c.silence = seconds(t);
            case FUNCTION -> c.aggregationFunction(Aggregation.Function.values()[choice(t)]);
            case WINDOW -> c.aggregationWindow(Aggregation.Window.values()[choice(t)]);
            case WINDOW_SIZE -> c.size = seconds(t);
            case HOP -> c.hop = seconds(t);
            case SUSTAIN -> c.sustain = seconds(t);
            case CLEAR_THRESHOLD -> c.clearThreshold = t.isEmpty() ? null : number(t, "or leave it empty for none");
            case SEVERITY -> c.severity = Severity.values()[choice(t)];
            case ALERT_TYPE -> c.alertType = choices().get(choice(t));
            case SUPPRESSION -> c.suppression = seconds(t);
            case DESCRIPTION -> c.description = typed;
        }
        try {
            return c.build();
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(this, e.getMessage());
        }
    }

    /** A number as the form shows it: 70 rather than 70.0. */
    public static String number(double v) {
        return RulesJsonWriter.number(v);
    }

    static String seconds(Duration d) {
        return d == null ? "" : RulesJsonWriter.seconds(d);
    }

    private int choice(String t) throws FieldProblem {
        List<String> choices = choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equalsIgnoreCase(t)) {
                return i;
            }
        }
        throw new FieldProblem(this, "pick one of " + String.join(", ", choices));
    }

    private double number(String t, String example) throws FieldProblem {
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new FieldProblem(this, t.isEmpty() ? "needs a number, " + example
                : "\"" + t + "\" is not a number; type one " + example);
    }

    private Duration seconds(String t) throws FieldProblem {
        try {
            BigDecimal s = new BigDecimal(t.replace(',', '.'));
            return Duration.ofNanos(s.movePointRight(9).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FieldProblem(this, t.isEmpty() ? "needs a number of seconds, like 30 (0 for none)"
                    : "\"" + t + "\" is not a number of seconds; type one like 30 or 0.5");
        }
    }

    private static List<String> lower(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
