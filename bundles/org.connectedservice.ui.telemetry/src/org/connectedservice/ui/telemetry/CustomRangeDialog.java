package org.connectedservice.ui.telemetry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.connectedservice.core.series.TimeWindow;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for a fixed time range (local time); OK stays disabled, with the reason shown, until "to" is after "from". */
final class CustomRangeDialog extends Dialog {

    private final ZoneId zone;
    private final TimeWindow initial;
    private DateTime fromDate;
    private DateTime fromTime;
    private DateTime toDate;
    private DateTime toTime;
    private Label problem;
    private TimeWindow chosen;

    CustomRangeDialog(Shell parent, TimeWindow initial, ZoneId zone) {
        super(parent);
        this.initial = initial;
        this.zone = zone;
    }

    TimeWindow chosen() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Show a time range");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        DateTime[] from = row(area, "From:", initial.from());
        fromDate = from[0];
        fromTime = from[1];
        DateTime[] to = row(area, "To:", initial.to());
        toDate = to[0];
        toTime = to[1];
        problem = new Label(area, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return area;
    }

    private DateTime[] row(Composite area, String label, long millis) {
        new Label(area, SWT.NONE).setText(label);
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone);
        DateTime date = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        date.setDate(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth());
        DateTime time = new DateTime(area, SWT.TIME | SWT.BORDER);
        time.setTime(t.getHour(), t.getMinute(), t.getSecond());
        date.addListener(SWT.Selection, e -> validate());
        time.addListener(SWT.Selection, e -> validate());
        return new DateTime[] { date, time };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        long from = millis(fromDate, fromTime);
        long to = millis(toDate, toTime);
        boolean ok = to > from;
        problem.setText(ok ? "" : "\"To\" must be after \"From\": move one of them.");
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
        chosen = ok ? new TimeWindow(from, to) : null;
    }

    private long millis(DateTime date, DateTime time) {
        return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes(),
                time.getSeconds()).atZone(zone).toInstant().toEpochMilli();
    }
}
