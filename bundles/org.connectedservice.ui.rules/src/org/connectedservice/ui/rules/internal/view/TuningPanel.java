package org.connectedservice.ui.rules.internal.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.RuleSetOutcome;
import org.connectedservice.ui.rules.BacktestFigures;
import org.connectedservice.ui.rules.internal.DeviceRows;
import org.connectedservice.ui.rules.internal.HistoryRange;
import org.connectedservice.ui.rules.internal.RuleField;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.connectedservice.ui.rules.internal.Texts;
import org.connectedservice.ui.rules.internal.TuningResult;
import org.connectedservice.ui.rules.internal.TuningState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/** The backtest of the selected rule's candidate against the active version, as numbers and tables. */
public final class TuningPanel {

    private final RulesSession session;
    private final Group group;
    private final Combo range;
    private final Label status;
    private final Table numbers;
    private final Table devices;
    private final Label changesTitle;
    private final Table changes;
    private TuningResult shown;

    /** showChart brings the telemetry chart to the front, where the rule opened for tuning can be dragged. */
    public TuningPanel(Composite parent, RulesSession session, Runnable showChart) {
        this.session = session;
        group = new Group(parent, SWT.NONE);
        group.setText("Backtest");
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(group, SWT.NONE).setText("Range:");
        range = new Combo(group, SWT.READ_ONLY);
        for (HistoryRange r : HistoryRange.values()) {
            range.add(r.label());
        }
        range.select(session.range().ordinal());
        range.addListener(SWT.Selection, e -> session.setRange(HistoryRange.values()[range.getSelectionIndex()]));
        Button reload = new Button(group, SWT.PUSH);
        reload.setText("Reload readings");
        reload.setToolTipText("Read the range again, with the readings stored since it was loaded");
        reload.addListener(SWT.Selection, e -> session.reloadReadings());
        Button onChart = new Button(group, SWT.PUSH);
        onChart.setText("Tune on chart");
        onChart.setToolTipText("Draw the selected rule's threshold and clear threshold on the telemetry chart, where "
                + "you drag them (or click one and use the arrow keys); this backtest follows");
        onChart.addListener(SWT.Selection, e -> {
            String selected = session.draft().selected();
            if (selected != null) {
                session.openOnChart(selected);
                showChart.run();
            }
        });
        status = new Label(group, SWT.WRAP);
        status.setLayoutData(span(4, 300));
        numbers = Tables.create(group, SWT.NONE, 130, new String[] { "", "Active", "Candidate", "Change" },
                new int[] { 140, 80, 80, 60 });
        numbers.setLayoutData(span(4, 0));
        ((GridData) numbers.getLayoutData()).heightHint = 130;
        devices = Tables.create(group, SWT.NONE, 110, new String[] { "Device", "Alerts", "Flaps",
                "First-detection delay" }, new int[] { 110, 70, 70, 110 });
        devices.setLayoutData(span(4, 0));
        ((GridData) devices.getLayoutData()).heightHint = 110;
        changesTitle = new Label(group, SWT.NONE);
        changesTitle.setLayoutData(span(4, 0));
        changes = Tables.create(group, SWT.NONE, 110, new String[] { "", "Device", "Raised at", "Value" },
                new int[] { 80, 110, 140, 60 });
        changes.setLayoutData(span(4, 0));
        ((GridData) changes.getLayoutData()).heightHint = 110;
    }

    public Group control() {
        return group;
    }

    /** The figures the panel shows now, or null before the first backtest finished. */
    public BacktestFigures shownFigures() {
        return shown == null ? null : shown.figures();
    }

    public String statusText() {
        return status.getText();
    }

    public void refresh() {
        TuningState state = session.tuningState();
        status.setForeground(group.getDisplay().getSystemColor(state.failed() ? SWT.COLOR_RED
                : SWT.COLOR_WIDGET_FOREGROUND));
        status.setText(state.status());
        if (range.getSelectionIndex() != session.range().ordinal()) {
            range.select(session.range().ordinal());
        }
        TuningResult result = state.result();
        if (result == null || result == shown) {
            return;
        }
        shown = result;
        BacktestReport report = result.report();
        String active = result.request().active() == null ? "Active (none)"
                : "Active v" + result.request().active().version();
        group.setText("Backtest of " + result.request().candidate().name());
        numbers.getColumn(1).setText(active);
        Tables.fill(numbers, numberRows(result));
        List<String[]> deviceRows = new ArrayList<>();
        for (DeviceRows.Device d : DeviceRows.devices(report)) {
            deviceRows.add(new String[] { d.deviceId(), d.activeAlerts() + " \u2192 " + d.candidateAlerts(),
                    d.activeFlaps() + " \u2192 " + d.candidateFlaps(), delay(d.activeDelay()) + " \u2192 "
                            + delay(d.candidateDelay()) });
        }
        Tables.fill(devices, deviceRows);
        changesTitle.setText(String.format("%,d alerts would appear, %,d would disappear", report.appearingCount(),
                report.disappearingCount()));
        List<String[]> changeRows = new ArrayList<>();
        for (DeviceRows.Change c : DeviceRows.changes(report)) {
            changeRows.add(new String[] { c.appears() ? "+ appears" : "\u2212 disappears", c.deviceId(),
                    Texts.time(c.raisedAt()), RuleField.number(c.value()) });
        }
        Tables.fill(changes, changeRows);
        group.layout(true, true);
    }

    private static List<String[]> numberRows(TuningResult result) {
        RuleSetOutcome a = result.report().active();
        RuleSetOutcome c = result.report().candidate();
        BacktestFigures f = result.figures();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Threshold", Double.isNaN(f.activeThreshold()) ? "" : RuleField.number(
                f.activeThreshold()), RuleField.number(f.candidateThreshold()), "" });
        rows.add(row("Alerts (total)", a.raised(), c.raised()));
        rows.add(row("Flaps", a.flaps(), c.flaps()));
        rows.add(new String[] { "First-detection delay", delay(a.detection()), delay(c.detection()), "" });
        if (!result.request().incidents().isEmpty()) {
            rows.add(row("Incidents detected", a.detection().detected(), c.detection().detected()));
        }
        return rows;
    }

    private static String[] row(String name, long active, long candidate) {
        long d = candidate - active;
        return new String[] { name, String.format("%,d", active), String.format("%,d", candidate),
                d == 0 ? "=" : String.format("%+,d", d) };
    }

    private static String delay(Duration d) {
        return d == null ? "\u2013" : Texts.duration(d);
    }

    private static String delay(DetectionDelay d) {
        Duration mean = d.mean();
        return d.detected() == 0 ? "\u2013" : Texts.duration(mean) + " (max " + Texts.duration(d.max()) + ")";
    }

    static GridData span(int columns, int widthHint) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        if (widthHint > 0) {
            data.widthHint = widthHint;
        }
        return data;
    }
}
