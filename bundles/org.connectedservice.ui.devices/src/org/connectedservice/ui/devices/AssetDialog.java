package org.connectedservice.ui.devices;

import java.util.List;

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

/** Picks the customer asset to connect devices to; typing a new name creates the asset. */
final class AssetDialog extends Dialog {

    private final int deviceCount;
    private final List<String> assets;
    private String chosen;

    AssetDialog(Shell parent, int deviceCount, List<String> assets) {
        super(parent);
        this.deviceCount = deviceCount;
        this.assets = assets;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect to customer asset");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.WRAP).setText("Connect " + deviceCount + (deviceCount == 1 ? " device" : " devices")
                + " to the asset (type a new name to create one):");
        Combo combo = new Combo(area, SWT.DROP_DOWN);
        combo.setItems(assets.toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addModifyListener(e -> {
            chosen = combo.getText().strip();
            getButton(IDialogConstants.OK_ID).setEnabled(!chosen.isEmpty());
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    String asset() {
        return chosen;
    }
}
