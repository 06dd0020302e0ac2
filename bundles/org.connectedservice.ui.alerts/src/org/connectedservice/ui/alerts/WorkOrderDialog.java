package org.connectedservice.ui.alerts;

import org.connectedservice.core.cases.WorkOrder;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks the type and instructions of a new work order; OK stays off while the type is blank. */
final class WorkOrderDialog extends Dialog {

    static final String TITLE = "Create work order";

    private final String about;
    private Combo typeField;
    private Text instructionsField;
    private String type = "";
    private String instructions = "";

    WorkOrderDialog(Shell parent, String about) {
        super(parent);
        this.about = about;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label heading = new Label(area, SWT.WRAP);
        heading.setText(about);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("&Type:");
        typeField = new Combo(area, SWT.DROP_DOWN);
        WorkOrder.TYPES.forEach(typeField::add);
        typeField.select(0);
        typeField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        typeField.addModifyListener(e -> check());
        Label label = new Label(area, SWT.NONE);
        label.setText("&Instructions:");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        instructionsField = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 360;
        size.heightHint = 80;
        instructionsField.setLayoutData(size);
        instructionsField.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void check() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!typeField.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        type = typeField.getText().strip();
        instructions = instructionsField.getText().strip();
        super.okPressed();
    }

    Combo typeField() {
        return typeField;
    }

    Text instructionsField() {
        return instructionsField;
    }

    String type() {
        return type;
    }

    String instructions() {
        return instructions;
    }
}
