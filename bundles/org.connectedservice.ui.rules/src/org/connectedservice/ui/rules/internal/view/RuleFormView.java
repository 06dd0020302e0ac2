package org.connectedservice.ui.rules.internal.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.FieldProblem;
import org.connectedservice.ui.rules.internal.RuleField;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The form for every field of the selected rule. Typing changes the draft at once (each keystroke merged into one
 * undo step per field); text that does not make a rule gets an error decoration on its field, with the reason shown
 * while the field has focus and listed in red above the fields. Threshold and clear threshold also have a scale to drag.
 */
public final class RuleFormView {

    private final RulesSession session;
    private final Composite form;
    private final Map<RuleField, Control> controls = new EnumMap<>(RuleField.class);
    private final Map<RuleField, ControlDecoration> decorations = new EnumMap<>(RuleField.class);
    private final Map<RuleField, ValueScale> scales = new EnumMap<>(RuleField.class);
    private final Label problems;
    private boolean updating;

    public RuleFormView(Composite parent, RulesSession session) {
        this.session = session;
        form = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 14;
        form.setLayout(layout);
        problems = new Label(form, SWT.WRAP);
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 250;
        problems.setLayoutData(data);
        Image error = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage();
        for (RuleField field : RuleField.values()) {
            new Label(form, SWT.NONE).setText(field.label());
            Control control = field.choices().isEmpty() ? text(field) : combo(field);
            ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
            decoration.setImage(error);
            decoration.hide();
            decorations.put(field, decoration);
            controls.put(field, control);
            if (field == RuleField.THRESHOLD || field == RuleField.CLEAR_THRESHOLD) {
                new Label(form, SWT.NONE);
                scales.put(field, new ValueScale(form, v -> dragged(field, v), session::finishDrag));
            }
        }
    }

    public Composite control() {
        return form;
    }

    public Control field(RuleField field) {
        return controls.get(field);
    }

    public ValueScale scale(RuleField field) {
        return scales.get(field);
    }

    /** The reason shown on a field, or null when its decoration is hidden. */
    public String problemShown(RuleField field) {
        ControlDecoration d = decorations.get(field);
        return d.isVisible() ? d.getDescriptionText() : null;
    }

    public String problemsText() {
        return problems.getText();
    }

    public void refresh() {
        Optional<ThresholdRule> selected = session.draft().selectedRule();
        Map<RuleField, String> found = selected.map(r -> session.draft().problemsOf(r.id())).orElse(Map.of());
        updating = true;
        try {
            for (RuleField field : RuleField.values()) {
                Control control = controls.get(field);
                control.setEnabled(selected.isPresent() && field.appliesTo(selected.get()));
                selected.ifPresent(rule -> show(field, control, rule, found.containsKey(field)));
                decorate(field, found.get(field));
            }
            selected.ifPresent(rule -> {
                scales.get(RuleField.THRESHOLD).show(RuleField.THRESHOLD.appliesTo(rule) ? rule.threshold() : null);
                scales.get(RuleField.CLEAR_THRESHOLD).show(RuleField.CLEAR_THRESHOLD.appliesTo(rule)
                        ? rule.clearThreshold() : null);
            });
        } finally {
            updating = false;
        }
        StringBuilder text = new StringBuilder();
        found.forEach((f, m) -> text.append(f.label()).append(": ").append(m).append('\n'));
        problems.setText(text.toString().strip());
        ((GridData) problems.getLayoutData()).exclude = found.isEmpty();
        problems.setVisible(!found.isEmpty());
        form.layout(true, true);
    }

    private void show(RuleField field, Control control, ThresholdRule rule, boolean flagged) {
        String value = field.text(rule);
        if (control instanceof Combo combo) {
            if (!combo.getText().equals(value)) {
                combo.select(field.choices().indexOf(value));
            }
            return;
        }
        Text text = (Text) control;
        String shown = text.getText();
        if (shown.equals(value) || flagged || (text.isFocusControl() && meansTheSame(field, rule, shown, value))) {
            return;
        }
        text.setText(value);
    }

    /** Whether text being typed ("75." while the rule says 75) already says what the rule holds. */
    private static boolean meansTheSame(RuleField field, ThresholdRule rule, String shown, String value) {
        try {
            return field.text(field.apply(rule, shown)).equals(value);
        } catch (FieldProblem e) {
            return false;
        }
    }

    private void decorate(RuleField field, String message) {
        ControlDecoration d = decorations.get(field);
        if (message == null) {
            d.hide();
            d.hideHover();
            return;
        }
        d.setDescriptionText(message);
        d.show();
        if (controls.get(field).isFocusControl()) {
            d.showHoverText(message);
        }
    }

    private Text text(RuleField field) {
        int style = field == RuleField.DESCRIPTION ? SWT.BORDER | SWT.MULTI | SWT.WRAP : SWT.BORDER | SWT.SINGLE;
        Text text = new Text(form, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        if (field == RuleField.DESCRIPTION) {
            data.heightHint = 48;
        }
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> typed(field, text.getText()));
        text.addListener(SWT.FocusOut, e -> {
            session.draft().seal();
            decorations.get(field).hideHover();
        });
        return text;
    }

    private Combo combo(RuleField field) {
        Combo combo = new Combo(form, SWT.READ_ONLY);
        combo.setItems(field.choices().toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> {
            typed(field, combo.getText());
            session.draft().seal();
        });
        return combo;
    }

    private void typed(RuleField field, String text) {
        String rule = session.draft().selected();
        if (!updating && rule != null) {
            session.draft().edit(rule, field, text);
        }
    }

    private void dragged(RuleField field, double value) {
        String rule = session.draft().selected();
        if (rule == null) {
            return;
        }
        if (field == RuleField.THRESHOLD) {
            session.setCandidateThreshold(rule, value);
        } else {
            session.setCandidateClearThreshold(rule, value);
        }
    }
}
