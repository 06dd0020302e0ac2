package org.connectedservice.ui.alerts;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.ui.PeriodicRefresh;
import org.connectedservice.ui.telemetry.ChartNavigation;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The cases agents made from alerts, newest first, and the work orders of the selected case: a case is resolved with
 * a note (Alt+R), a work order is moved on a step at a time (Alt+M: Scheduled, In Progress, Completed), and a
 * double-click shows the case's device on the chart around the time the case was opened. Changes made
 * anywhere (the alerts table's buttons, another part) arrive through the case service's subscription.
 */
public class CasesPart {

    static final String CASES_OFF = "Cases are off: the cases bundle is not running in this console";
    private static final System.Logger LOG = System.getLogger(CasesPart.class.getName());

    @Inject
    private EPartService parts;

    private final AtomicLong changes = new AtomicLong(1);
    private volatile CaseService service;
    private long readChanges;
    private AutoCloseable subscription;
    private volatile PeriodicRefresh<CaseBoard> refresh;
    private CaseBoard board = CaseBoard.EMPTY;
    private Label summary;
    private Table caseTable;
    private Label workOrdersTitle;
    private Table workOrderTable;
    private CaseProgress progress;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Loading cases...");
        caseTable = table(parent, CaseBoard.CASE_COLUMNS, new int[] { 90, 110, 220, 70, 70, 140, 70, 220 }, 60);
        workOrdersTitle = new Label(parent, SWT.NONE);
        workOrdersTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        workOrderTable = table(parent, CaseBoard.WORK_ORDER_COLUMNS, new int[] { 90, 90, 90, 300, 140, 70 }, 40);
        progress = new CaseProgress(parent, this::selectedCase, this::selectedWorkOrder, () -> board);
        caseTable.addListener(SWT.Selection, e -> showWorkOrders());
        caseTable.addListener(SWT.DefaultSelection, e -> showSelectedOnChart());
        workOrderTable.addListener(SWT.Selection, e -> progress.update());
        follow(service);
        refresh = PeriodicRefresh.start("Loading cases", caseTable, 2_000, this::fetch, this::show);
    }

    /** The case service, when the cases bundle runs; without it the part says so. */
    @Inject
    @Optional
    public void setCases(CaseService caseService) {
        service = caseService;
        if (caseTable != null) {
            follow(caseService);
        }
    }

    private void follow(CaseService caseService) {
        stopFollowing();
        progress.use(caseService);
        if (caseService != null) {
            subscription = caseService.subscribe(record -> {
                changes.incrementAndGet();
                PeriodicRefresh<CaseBoard> r = refresh;
                if (r != null) {
                    r.refreshNow();
                }
            });
        }
        changes.incrementAndGet();
        if (refresh != null) {
            refresh.refreshNow();
        }
    }

    /** Runs in the refresh job: reads the cases again only after something changed. */
    private CaseBoard fetch() {
        CaseService current = service;
        long seen = changes.get();
        if (current == null || seen == readChanges) {
            return current == null ? CaseBoard.EMPTY : null;
        }
        readChanges = seen;
        return CaseBoard.readFrom(current);
    }

    private void show(CaseBoard read) {
        if (read == null) {
            return;
        }
        String selected = selectedCase() == null ? null : selectedCase().id();
        board = read;
        caseTable.removeAll();
        for (ServiceCase c : board.cases()) {
            TableItem item = new TableItem(caseTable, SWT.NONE);
            item.setText(CaseBoard.cells(c));
            item.setData(c);
            if (c.id().equals(selected)) {
                caseTable.setSelection(item);
            }
        }
        summary.setText(service == null ? CASES_OFF : board.summary());
        showWorkOrders();
    }

    private void showWorkOrders() {
        ServiceCase c = selectedCase();
        String selected = selectedWorkOrder() == null ? null : selectedWorkOrder().id();
        workOrderTable.removeAll();
        List<WorkOrder> orders = c == null ? List.of() : board.workOrdersOf(c.id());
        for (WorkOrder w : orders) {
            TableItem item = new TableItem(workOrderTable, SWT.NONE);
            item.setText(CaseBoard.cells(w));
            item.setData(w);
            if (w.id().equals(selected) || (selected == null && orders.size() == 1)) {
                workOrderTable.setSelection(item);
            }
        }
        workOrdersTitle.setText(c == null ? "Select a case to see its work orders"
                : orders.isEmpty() ? "Case " + c.id() + " has no work orders; add them from the IoT Alerts tab"
                        : "Work orders of case " + c.id() + " on " + c.deviceId());
        progress.update();
    }

    /** Double-click or Enter on a case: its device on the chart, around the time the case was opened. */
    private void showSelectedOnChart() {
        ServiceCase c = selectedCase();
        if (c != null) {
            String problem = ChartNavigation.showOnChart(parts, c.deviceId(), c.created());
            progress.status(problem.isEmpty() ? "Charting " + c.deviceId() + " around case " + c.id() : problem);
        }
    }

    ServiceCase selectedCase() {
        TableItem[] picked = caseTable.getSelection();
        return picked.length == 1 ? (ServiceCase) picked[0].getData() : null;
    }

    WorkOrder selectedWorkOrder() {
        TableItem[] picked = workOrderTable.getSelection();
        return picked.length == 1 ? (WorkOrder) picked[0].getData() : null;
    }

    /** Selects the case's row, as a click on it does; false when the table does not show it. */
    public boolean select(String caseId) {
        for (TableItem item : caseTable.getItems()) {
            if (((ServiceCase) item.getData()).id().equals(caseId)) {
                caseTable.setSelection(item);
                caseTable.notifyListeners(SWT.Selection, null);
                return true;
            }
        }
        return false;
    }

    public Table caseTable() {
        return caseTable;
    }

    public Table workOrderTable() {
        return workOrderTable;
    }

    public Button resolveButton() {
        return progress.resolveButton();
    }

    public Button moveOnButton() {
        return progress.moveOnButton();
    }

    public String summaryText() {
        return summary.getText();
    }

    /** The line under the tables: what the last action did, or what went wrong and what to do. */
    public String statusText() {
        return progress.statusText();
    }

    @Focus
    public void focus() {
        caseTable.setFocus();
    }

    @PreDestroy
    public void dispose() {
        stopFollowing();
    }

    private void stopFollowing() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "stopping to follow the case service failed", e);
            }
            subscription = null;
        }
    }

    private static Table table(Composite parent, String[] titles, int[] widths, int heightHint) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = heightHint;
        table.setLayoutData(layout);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }
}
