package org.connectedservice.ui.simulator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** The red box at the top of the view that says what went wrong and where; hidden while all is well. */
final class ProblemArea {

    private final Text text;
    private final GridData layout;

    ProblemArea(Composite parent) {
        text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        layout.heightHint = 4 * text.getLineHeight();
        text.setLayoutData(layout);
        hide();
    }

    void show(String action, Throwable error) {
        text.setText(SimulatorTexts.problem(action, error));
        setVisible(true);
    }

    void hide() {
        text.setText("");
        setVisible(false);
    }

    String text() {
        return text.getText();
    }

    private void setVisible(boolean visible) {
        layout.exclude = !visible;
        text.setVisible(visible);
        text.getParent().layout(true, true);
    }
}
