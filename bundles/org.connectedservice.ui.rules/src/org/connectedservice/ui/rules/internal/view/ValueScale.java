package org.connectedservice.ui.rules.internal.view;

import java.math.BigDecimal;
import java.util.function.DoubleConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Scale;

/**
 * A horizontal scale over a value range centred on the current value. Moving it reports rounded values; letting go
 * ends the drag and centres the range on the new value, so the next drag can go further.
 */
final class ValueScale {

    static final int STEPS = 1000;

    private final Scale scale;
    private double low;
    private double high;
    private boolean dragging;

    ValueScale(Composite parent, DoubleConsumer moved, Runnable released) {
        scale = new Scale(parent, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(STEPS);
        scale.setPageIncrement(STEPS / 20);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> {
            dragging = true;
            moved.accept(valueAt(scale.getSelection()));
        });
        Runnable end = () -> {
            if (dragging) {
                dragging = false;
                released.run();
            }
        };
        scale.addListener(SWT.MouseUp, e -> end.run());
        scale.addListener(SWT.KeyUp, e -> end.run());
        scale.addListener(SWT.FocusOut, e -> end.run());
    }

    Scale control() {
        return scale;
    }

    /** Shows the value; outside a drag the range is centred on it. */
    void show(Double value) {
        scale.setEnabled(value != null);
        if (value == null || Double.isNaN(value)) {
            return;
        }
        if (!dragging || value < low || value > high) {
            double span = Math.max(Math.abs(value) * 0.5, 10);
            low = value - span;
            high = value + span;
        }
        scale.setSelection((int) Math.round((value - low) / (high - low) * STEPS));
    }

    double valueAt(int step) {
        double raw = low + (high - low) * step / STEPS;
        double quantum = Math.pow(10, Math.floor(Math.log10((high - low) / STEPS * 5)));
        return BigDecimal.valueOf(Math.round(raw / quantum)).multiply(BigDecimal.valueOf(quantum)).doubleValue();
    }
}
