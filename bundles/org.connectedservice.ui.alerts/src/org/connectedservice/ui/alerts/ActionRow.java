package org.connectedservice.ui.alerts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Push buttons under a table, then a line saying what the last action did, or what went wrong and what to do. */
final class ActionRow {

    private final Composite row;
    private final GridLayout layout = new GridLayout(1, false);
    private final Label status;

    ActionRow(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        status = new Label(row, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** A button before the status line; text may carry a mnemonic (&). */
    Button button(String text, String tooltip) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        status.moveBelow(null);
        layout.numColumns++;
        return button;
    }

    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            row.layout();
        }
    }

    String statusText() {
        return status.getText();
    }
}
