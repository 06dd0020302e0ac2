package org.connectedservice.ui.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.ui.PeriodicRefresh;
import org.connectedservice.ui.telemetry.ChartNavigation;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
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
 * IoT alerts, newest first. A virtual table over rows merged and sorted off the UI thread, so it stays responsive
 * with tens of thousands of alerts; new alerts arrive through the store's subscription, not by re-querying. An
 * agent turns the selected alert into a case and the case into work orders; the Case column shows both.
 */
public class AlertsPart {

    static final int INITIAL_LOAD = 10_000;
    /** The Case column sits before the description, whose long text would push it out of sight. */
    static final int CASE_COLUMN = AlertColumn.DESCRIPTION.ordinal();
    static final String CHART_HINT = "Double-click an alert (or press Enter) to see it on the chart";

    @Inject
    private AlertStore store;

    @Inject
    private EPartService parts;

    private final ConcurrentLinkedQueue<IotAlert> arrived = new ConcurrentLinkedQueue<>();
    private final AlertRows rows = new AlertRows();
    private final CaseIndex caseIndex = new CaseIndex();
    private AutoCloseable subscription;
    private volatile boolean loaded;
    private Table table;
    private Label summary;
    private IotAlert[] shown = new IotAlert[0];
    private volatile PeriodicRefresh<IotAlert[]> refresh;
    private CaseService cases;
    private CaseFeed caseFeed;
    private CaseActions actions;
    private CaseButtons buttons;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        summary.setText("Loading alerts...");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (AlertColumn column : AlertColumn.values()) {
            if (column == AlertColumn.DESCRIPTION) {
                TableColumn caseColumn = new TableColumn(table, SWT.NONE);
                caseColumn.setText("Case");
                caseColumn.setWidth(240);
            }
            TableColumn tc = new TableColumn(table, SWT.NONE);
            tc.setText(column.title());
            tc.setWidth(column.width());
            tc.setData(column);
            tc.addListener(SWT.Selection, e -> sortBy(tc));
        }
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.DOWN);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        buttons = new CaseButtons(parent, table);
        actions = new CaseActions(table, caseIndex, buttons::status);
        buttons.wire(actions, this::selectedAlert);
        buttons.status(CHART_HINT);
        table.addListener(SWT.DefaultSelection, e -> showSelectedOnChart());
        caseFeed = new CaseFeed(caseIndex, rows, this::refreshSoon);
        useCases(cases);
        subscription = store.subscribe(arrived::add);
        refresh = PeriodicRefresh.start("Loading IoT alerts", table, 300, this::fetch, this::show);
    }

    /** The case service, when the cases bundle runs; without it the case actions say so and stay off. */
    @Inject
    @Optional
    public void setCases(CaseService caseService) {
        cases = caseService;
        if (actions != null) {
            useCases(caseService);
        }
    }

    private void useCases(CaseService caseService) {
        actions.use(caseService);
        caseFeed.follow(caseService);
        buttons.update();
    }

    private void refreshSoon() {
        PeriodicRefresh<IotAlert[]> r = refresh;
        if (r != null) {
            r.refreshNow();
        }
    }

    private IotAlert[] fetch() {
        caseFeed.loadIfNew();
        if (!loaded) {
            rows.merge(store.newest(INITIAL_LOAD));
            loaded = true;
        }
        List<IotAlert> batch = new ArrayList<>();
        for (IotAlert a = arrived.poll(); a != null; a = arrived.poll()) {
            batch.add(a);
        }
        rows.merge(batch);
        return rows.takeIfChanged();
    }

    private void show(IotAlert[] changed) {
        if (changed == null) {
            return;
        }
        Set<Long> selected = Arrays.stream(table.getSelectionIndices()).filter(i -> i < shown.length)
                .mapToObj(i -> shown[i].id()).collect(Collectors.toSet());
        shown = changed;
        table.setItemCount(shown.length);
        table.clearAll();
        // new alerts push rows down: the selection stays on the alerts the agent picked, not on their old rows
        table.deselectAll();
        table.select(AlertRows.indicesOf(shown, selected));
        long active = Arrays.stream(shown).filter(a -> a.status() == AlertStatus.ACTIVE).count();
        summary.setText(shown.length + " alerts, " + active + " active");
        buttons.update();
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= shown.length) {
            return;
        }
        IotAlert alert = shown[index];
        AlertColumn[] columns = AlertColumn.values();
        for (int c = 0; c < columns.length; c++) {
            item.setText(c < CASE_COLUMN ? c : c + 1, columns[c].text(alert));
        }
        item.setText(CASE_COLUMN, caseIndex.text(alert.id()));
        item.setData(alert);
        item.setForeground(5, severityColor(alert.severity()));
    }

    private Color severityColor(Severity severity) {
        return table.getDisplay().getSystemColor(switch (severity) {
            case CRITICAL, HIGH -> SWT.COLOR_RED;
            case MEDIUM -> SWT.COLOR_DARK_YELLOW;
            case LOW -> SWT.COLOR_DARK_GREEN;
        });
    }

    private void sortBy(TableColumn clicked) {
        int direction = table.getSortColumn() == clicked && table.getSortDirection() == SWT.DOWN ? SWT.UP : SWT.DOWN;
        table.setSortColumn(clicked);
        table.setSortDirection(direction);
        AlertColumn column = (AlertColumn) clicked.getData();
        rows.sortBy(direction == SWT.UP ? column.comparator() : column.comparator().reversed());
        refresh.refreshNow();
    }

    /** Double-click or Enter on an alert: its device on the chart, around the alert's time. */
    private void showSelectedOnChart() {
        IotAlert alert = selectedAlert();
        if (alert == null) {
            return;
        }
        String problem = ChartNavigation.showOnChart(parts, alert.deviceId(), alert.time());
        buttons.status(problem.isEmpty() ? "Charting " + alert.deviceId() + " around its alert" : problem);
    }

    /** The one selected alert, or null when none or several are selected. */
    private IotAlert selectedAlert() {
        int[] picked = table.getSelectionIndices();
        return picked.length == 1 && picked[0] < shown.length ? shown[picked[0]] : null;
    }

    /** The alerts in the order the table shows them. */
    public List<IotAlert> visibleAlerts() {
        return List.of(shown);
    }

    /** Selects the alert's row, as a click on it does; false when the table does not show it. */
    public boolean select(IotAlert alert) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i].id() == alert.id()) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, null);
                return true;
            }
        }
        return false;
    }

    /** What the Case column shows for the alert: its case id and its work orders' ids and types, or "". */
    public String caseText(IotAlert alert) {
        return caseIndex.text(alert.id());
    }

    public Button createCaseButton() {
        return buttons.createCase();
    }

    public Button createWorkOrderButton() {
        return buttons.createWorkOrder();
    }

    /** The line under the table saying what the last case action did, or what went wrong and what to do. */
    public String caseStatus() {
        return buttons.statusText();
    }

    public Table table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() throws Exception {
        if (caseFeed != null) {
            caseFeed.follow(null);
        }
        if (subscription != null) {
            subscription.close();
        }
    }
}
