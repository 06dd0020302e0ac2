package org.connectedservice.ui.alerts;

import java.util.function.Supplier;

import org.connectedservice.core.model.IotAlert;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
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
    private final ActionRow row;
    private final Menu menu;
    private final MenuItem caseItem;
    private final MenuItem workOrderItem;
    private CaseActions actions;
    private Supplier<IotAlert> selected = () -> null;

    CaseButtons(Composite parent, Table table) {
        this.table = table;
        row = new ActionRow(parent);
        createCase = row.button("Create &case...", "Open a customer service case for the selected alert");
        createWorkOrder = row.button("Create &work order...", "Add a work order to the case of the selected alert");
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
            row.status(CasesPart.CASES_OFF);
        } else if (CasesPart.CASES_OFF.equals(row.statusText())) {
            row.status("");
        }
    }

    void status(String text) {
        row.status(text);
    }

    String statusText() {
        return row.statusText();
    }

    Button createCase() {
        return createCase;
    }

    Button createWorkOrder() {
        return createWorkOrder;
    }
}
