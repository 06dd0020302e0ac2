package org.connectedservice.ui.rules.internal.view;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.ui.rules.internal.Incidents;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.connectedservice.ui.rules.internal.Texts;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The incidents a rule must alert on, for detection delay and Suggest: typed in as device and time range, or taken
 * from the console's ACTIVE and CLEARED alerts of the rule (alerts less than a flap window apart make one incident).
 */
public final class IncidentsSection {

    private final RulesSession session;
    private final Table table;
    private final Text device;
    private final Text start;
    private final Text end;
    private final Label message;

    public IncidentsSection(Composite parent, RulesSession session) {
        this.session = session;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Labelled incidents");
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Tables.create(group, SWT.MULTI, 70, new String[] { "Device", "Measurement", "Start", "End" },
                new int[] { 100, 90, 130, 130 });
        table.setLayoutData(TuningPanel.span(4, 0));
        ((GridData) table.getLayoutData()).heightHint = 70;
        device = field(group, "device, e.g. thermostat-07", 110);
        start = field(group, "start, e.g. 2026-11-26 09:30", 130);
        end = field(group, "end (empty: ongoing)", 130);
        Button add = button(group, "Add", "Label this device and time range as an incident");
        add.addListener(SWT.Selection, e -> add());
        Button remove = button(group, "Remove", "Remove the selected incidents");
        remove.addListener(SWT.Selection, e -> remove());
        Button fromAlerts = button(group, "From alerts", "Use this rule's ACTIVE and CLEARED alerts in the range");
        fromAlerts.addListener(SWT.Selection, e -> fromAlerts());
        message = new Label(group, SWT.WRAP);
        message.setLayoutData(TuningPanel.span(4, 300));
    }

    public void refresh() {
        List<String[]> rows = new ArrayList<>();
        for (LabelledIncident i : session.incidents()) {
            rows.add(new String[] { i.deviceId(), i.measurement() == null ? "any" : i.measurement(),
                    Texts.time(i.start()), i.end() == null ? "ongoing" : Texts.time(i.end()) });
        }
        Tables.fill(table, rows);
    }

    private void add() {
        try {
            String measurement = session.draft().selectedRule().map(r -> r.measurement()).orElse(null);
            session.addIncident(Incidents.parse(device.getText(), measurement, start.getText(), end.getText()));
            message.setText("");
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(table.getShell(), "Incident not added", e.getMessage());
        }
    }

    private void fromAlerts() {
        int found = session.incidentsFromAlerts();
        message.setText(found + (found == 1 ? " incident" : " incidents")
                + " from the rule's ACTIVE and CLEARED alerts in the range");
    }

    private void remove() {
        int[] picked = table.getSelectionIndices();
        for (int i = picked.length - 1; i >= 0; i--) {
            session.removeIncident(picked[i]);
        }
    }

    private static Text field(Composite parent, String hint, int width) {
        Text text = new Text(parent, SWT.BORDER);
        text.setMessage(hint);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        text.setLayoutData(data);
        return text;
    }

    static Button button(Composite parent, String label, String tooltip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setToolTipText(tooltip);
        return b;
    }
}
