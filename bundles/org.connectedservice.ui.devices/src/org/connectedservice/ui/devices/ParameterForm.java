package org.connectedservice.ui.devices;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandParameter;
import org.connectedservice.core.devices.ParameterType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** One input per parameter of a command, by its type: a list for choices, a check box for yes or no, else text. */
final class ParameterForm {

    private final Composite area;
    private final Runnable changed;
    private final Map<String, Control> inputs = new LinkedHashMap<>();

    ParameterForm(Composite parent, Runnable changed) {
        this.area = new Composite(parent, SWT.NONE);
        this.area.setLayout(new GridLayout(2, false));
        this.changed = changed;
    }

    Composite control() {
        return area;
    }

    void show(CommandDefinition definition) {
        for (Control child : area.getChildren()) {
            child.dispose();
        }
        inputs.clear();
        if (definition.parameters().isEmpty()) {
            new Label(area, SWT.NONE).setText("No parameters.");
        }
        for (CommandParameter p : definition.parameters()) {
            Label label = new Label(area, SWT.NONE);
            label.setText(p.name() + (p.required() ? " *" : ""));
            label.setToolTipText(p.description());
            inputs.put(p.name(), input(p));
        }
        area.getParent().layout(true, true);
    }

    private Control input(CommandParameter p) {
        Control input;
        if (!p.choices().isEmpty()) {
            Combo combo = new Combo(area, SWT.READ_ONLY);
            combo.setItems(p.choices().toArray(String[]::new));
            combo.addListener(SWT.Selection, e -> changed.run());
            input = combo;
        } else if (p.type() == ParameterType.BOOLEAN) {
            Button box = new Button(area, SWT.CHECK);
            box.setSelection("true".equalsIgnoreCase(p.defaultValue()));
            box.addListener(SWT.Selection, e -> changed.run());
            input = box;
        } else {
            Text text = new Text(area, SWT.BORDER);
            text.setMessage(hint(p));
            text.setText(p.defaultValue() == null ? "" : p.defaultValue());
            text.addModifyListener(e -> changed.run());
            input = text;
        }
        input.setToolTipText(p.description());
        input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return input;
    }

    private static String hint(CommandParameter p) {
        return switch (p.type()) {
            case TEXT -> p.maxLength() > 0 ? "text, at most " + p.maxLength() + " characters" : "text";
            case INTEGER, NUMBER -> (p.type() == ParameterType.INTEGER ? "whole number" : "number")
                    + (Double.isNaN(p.min()) || Double.isNaN(p.max()) ? ""
                            : " from " + plain(p.min()) + " to " + plain(p.max()));
            case BOOLEAN -> "true or false";
        };
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            String value = switch (input) {
                case Text text -> text.getText();
                case Combo combo -> combo.getText();
                case Button box -> String.valueOf(box.getSelection());
                default -> "";
            };
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        });
        return values;
    }
}
