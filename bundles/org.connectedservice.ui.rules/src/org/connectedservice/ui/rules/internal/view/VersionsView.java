package org.connectedservice.ui.rules.internal.view;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.ui.rules.internal.DiffRows;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.connectedservice.ui.rules.internal.Texts;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * Every version of the rules, newest first; picking one compares it side by side with the one before (or any two
 * chosen in the combos), and it can be rolled back to with a comment.
 */
public final class VersionsView {

    private final RulesSession session;
    private final SashForm area;
    private final Table versions;
    private final Combo left;
    private final Combo right;
    private final Table diff;
    private final Label summary;
    private List<RuleSetVersion> shown = List.of();

    public VersionsView(Composite parent, RulesSession session) {
        this.session = session;
        area = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(area, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        versions = Tables.create(top, SWT.SINGLE, 0, new String[] { "Version", "Time", "Author", "Comment", "Rules" },
                new int[] { 60, 150, 100, 380, 50 });
        ((GridData) versions.getLayoutData()).horizontalSpan = 2;
        Button rollback = IncidentsSection.button(top, "Roll back to selected version...",
                "Make the selected version's rules active again, as a new version");
        rollback.addListener(SWT.Selection, e -> rollback());
        summary = new Label(top, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite bottom = new Composite(area, SWT.NONE);
        bottom.setLayout(new GridLayout(4, false));
        new Label(bottom, SWT.NONE).setText("Compare version");
        left = new Combo(bottom, SWT.READ_ONLY);
        new Label(bottom, SWT.NONE).setText("with version");
        right = new Combo(bottom, SWT.READ_ONLY);
        diff = Tables.create(bottom, SWT.NONE, 0, new String[] { "Rule", "Field", "Left", "Right" },
                new int[] { 240, 120, 220, 220 });
        ((GridData) diff.getLayoutData()).horizontalSpan = 4;
        area.setWeights(45, 55);
        versions.addListener(SWT.Selection, e -> picked());
        left.addListener(SWT.Selection, e -> compare());
        right.addListener(SWT.Selection, e -> compare());
    }

    public Composite control() {
        return area;
    }

    public Table diffTable() {
        return diff;
    }

    /** Compares two versions by number, as picking them in the combos does. */
    public void compare(int leftNumber, int rightNumber) {
        left.setText(Integer.toString(leftNumber));
        right.setText(Integer.toString(rightNumber));
        compare();
    }

    public void refresh() {
        List<RuleSetVersion> history = session.repository().history();
        if (history.equals(shown)) {
            return;
        }
        shown = history;
        List<String[]> rows = new ArrayList<>();
        String[] numbers = new String[history.size()];
        for (int i = history.size() - 1; i >= 0; i--) {
            RuleSetVersion v = history.get(i);
            rows.add(new String[] { Integer.toString(v.number()), Texts.time(v.time()), v.author(), v.comment(),
                    Integer.toString(v.rules().size()) });
            numbers[history.size() - 1 - i] = Integer.toString(v.number());
        }
        Tables.fill(versions, rows);
        left.setItems(numbers);
        right.setItems(numbers);
        versions.setSelection(0);
        picked();
    }

    private void picked() {
        int i = versions.getSelectionIndex();
        if (i < 0 || shown.isEmpty()) {
            return;
        }
        right.select(i);
        left.select(Math.min(i + 1, shown.size() - 1));
        compare();
    }

    private void compare() {
        RuleSetVersion a = version(left.getText());
        RuleSetVersion b = version(right.getText());
        if (a == null || b == null) {
            return;
        }
        diff.getColumn(2).setText("Version " + a.number());
        diff.getColumn(3).setText("Version " + b.number());
        List<DiffRows.Row> rows = DiffRows.between(a, b);
        List<String[]> text = new ArrayList<>();
        rows.forEach(r -> text.add(new String[] { r.rule(), r.field(), r.left(), r.right() }));
        Tables.fill(diff, text);
        for (int i = 0; i < rows.size(); i++) {
            int color = switch (rows.get(i).change()) {
                case ADDED -> SWT.COLOR_DARK_GREEN;
                case REMOVED -> SWT.COLOR_DARK_RED;
                case CHANGED -> SWT.COLOR_WIDGET_FOREGROUND;
            };
            diff.getItem(i).setForeground(diff.getDisplay().getSystemColor(color));
        }
        summary.setText(rows.isEmpty() ? "Versions " + a.number() + " and " + b.number() + " hold the same rules"
                : rows.size() + (rows.size() == 1 ? " difference" : " differences") + " between version " + a.number()
                        + " and " + b.number());
    }

    private void rollback() {
        int i = versions.getSelectionIndex();
        if (i < 0) {
            return;
        }
        RuleSetVersion target = shown.get(shown.size() - 1 - i);
        InputDialog ask = new InputDialog(area.getShell(), "Roll back rules", "Make version " + target.number()
                + "'s rules active again as a new version. Why?", "rollback to version " + target.number(),
                t -> t.isBlank() ? "Say why, for the version history" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        try {
            RuleSetVersion made = session.rollback(target.number(), ask.getValue().trim());
            summary.setText("Version " + made.number() + " is active: the rules of version " + target.number());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(area.getShell(), "Rollback refused", e.getMessage());
        }
    }

    private RuleSetVersion version(String number) {
        return shown.stream().filter(v -> Integer.toString(v.number()).equals(number)).findFirst().orElse(null);
    }
}
