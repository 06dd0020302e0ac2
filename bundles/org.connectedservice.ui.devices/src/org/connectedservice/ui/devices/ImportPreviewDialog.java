package org.connectedservice.ui.devices;

import java.util.Locale;

import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportPreview.Action;
import org.connectedservice.core.devices.ImportPreview.Line;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The dry run of an import, line by line; Apply writes the additions and changes and skips the errors. */
final class ImportPreviewDialog extends Dialog {

    private final ImportPreview preview;

    ImportPreviewDialog(Shell parent, ImportPreview preview) {
        super(parent);
        this.preview = preview;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import " + preview.source() + " (dry run)");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(summary(preview));
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 320;
        table.setLayoutData(tableData);
        String[] titles = { "Line", "Action", "Device", "What" };
        int[] widths = { 50, 90, 140, 520 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        for (Line line : preview.lines()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { String.valueOf(line.lineNumber()), line.action().name().toLowerCase(Locale.ROOT),
                    line.deviceId() == null ? "" : line.deviceId(), details(line) });
            if (line.action() == Action.ERROR) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        return area;
    }

    static String summary(ImportPreview preview) {
        StringBuilder text = new StringBuilder();
        text.append(preview.count(Action.ADD)).append(" to add, ").append(preview.count(Action.CHANGE))
                .append(" to change, ").append(preview.count(Action.UNCHANGED)).append(" unchanged, ")
                .append(preview.count(Action.ERROR)).append(" with errors (skipped).");
        if (!preview.newAssets().isEmpty()) {
            text.append(" New customer assets: ").append(String.join(", ", preview.newAssets())).append('.');
        }
        if (!preview.hasChanges()) {
            text.append(" Nothing to apply.");
        }
        return text.toString();
    }

    private static String details(Line line) {
        if (line.action() == Action.ERROR) {
            return line.problem();
        }
        if (line.action() == Action.ADD) {
            return "new: " + line.proposed().name() + ", " + line.proposed().deviceType()
                    + (line.proposed().hasAsset() ? ", asset " + line.proposed().asset() : "");
        }
        return String.join("; ", line.changes());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Apply", true).setEnabled(preview.hasChanges());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(860, 520);
    }
}
