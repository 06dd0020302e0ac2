package org.connectedservice.ui.alerts;

import java.util.function.Supplier;

import org.connectedservice.core.model.IotAlert;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

/**
 * The row under the alerts table: Create case... (Alt+C) and Create work order... (Alt+W), the same two in the
 * table's context menu (menu key or Shift+F10), and a line saying what the last case action did.
 */
final class CaseButtons {

    private final Table table;
    private final Button createCase;
    private final Button createWorkOrder;
    private final Label status;
    private final Menu menu;
    private final MenuItem caseItem;
    private final MenuItem workOrderItem;
    private CaseActions actions;
    private Supplier<IotAlert> selected = () -> null;

    CaseButtons(Composite parent, Table table) {
        this.table = table;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        createCase = new Button(row, SWT.PUSH);
        createCase.setText("Create &case...");
        createCase.setToolTipText("Open a customer service case for the selected alert");
        createWorkOrder = new Button(row, SWT.PUSH);
        createWorkOrder.setText("Create &work order...");
        createWorkOrder.setToolTipText("Add a work order to the case of the selected alert");
        status = new Label(row, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        menu = new Menu(table);
        caseItem = new MenuItem(menu, SWT.PUSH);
        caseItem.setText("Create &case...");
        workOrderItem = new MenuItem(menu, SWT.PUSH);
        workOrderItem.setText("Create &work order...");
        table.setMenu(menu);
    }

    void wire(CaseActions caseActions, Supplier<IotAlert> selection) {
        actions = caseActions;
        selected = selection;
        createCase.addListener(SWT.Selection, e -> actions.askCase(selected.get()));
        caseItem.addListener(SWT.Selection, e -> actions.askCase(selected.get()));
        createWorkOrder.addListener(SWT.Selection, e -> actions.askWorkOrder(selected.get()));
        workOrderItem.addListener(SWT.Selection, e -> actions.askWorkOrder(selected.get()));
        table.addListener(SWT.Selection, e -> update());
        menu.addListener(SWT.Show, e -> update());
        update();
    }

    /** Turns each action on when it applies to the selected alert. */
    void update() {
        if (actions == null || table.isDisposed()) {
            return;
        }
        IotAlert alert = selected.get();
        boolean caseAllowed = actions.canCreateCase(alert);
        boolean workOrderAllowed = actions.canCreateWorkOrder(alert);
        createCase.setEnabled(caseAllowed);
        caseItem.setEnabled(caseAllowed);
        createWorkOrder.setEnabled(workOrderAllowed);
        workOrderItem.setEnabled(workOrderAllowed);
        if (actions.service() == null) {
            status(CASES_OFF);
        } else if (CASES_OFF.equals(status.getText())) {
            status("");
        }
    }

    private static final String CASES_OFF = "Cases are off: the cases bundle is not running in this console";

    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            status.getParent().layout();
        }
    }

    String statusText() {
        return status.getText();
    }

    Button createCase() {
        return createCase;
    }

    Button createWorkOrder() {
        return createWorkOrder;
    }
}
