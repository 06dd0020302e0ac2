package org.connectedservice.ui.telemetry;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.BacktestFigures;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The row above the plot while a rule is open for tuning: the candidate threshold and clear threshold to type
 * (Enter or leaving the field sets them, one undo step each), the newest backtest against the active version, and
 * Done. Hidden when no rule is open.
 */
final class TuningBar {

    static final String NOT_A_NUMBER = "type a number like 70.5";

    private final Composite row;
    private final Label title;
    private final Text threshold;
    private final Text clear;
    private final Label figures;
    private ThresholdTuning tuning;
    private ThresholdRule shown;

    TuningBar(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        row.setLayoutData(data);
        GridLayout layout = new GridLayout(7, false);
        layout.marginHeight = 2;
        row.setLayout(layout);
        title = new Label(row, SWT.NONE);
        new Label(row, SWT.NONE).setText("Threshold");
        threshold = field("The candidate threshold; Enter sets it. Or drag its line on the chart");
        new Label(row, SWT.NONE).setText("Clear at");
        clear = field("The candidate clear threshold (hysteresis); empty for none; Enter sets it");
        figures = new Label(row, SWT.NONE);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button done = new Button(row, SWT.PUSH);
        done.setText("Done");
        done.setToolTipText("Stop tuning on the chart; the draft keeps the values until you apply or revert it "
                + "in the Rules editor");
        done.addListener(SWT.Selection, e -> {
            if (tuning != null) {
                tuning.closeOnChart();
            }
        });
        show(null, Optional.empty(), false);
    }

    private Text field(String tip) {
        Text text = new Text(row, SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 70;
        text.setLayoutData(data);
        text.setToolTipText(tip);
        text.addListener(SWT.DefaultSelection, e -> typed(text));
        text.addListener(SWT.FocusOut, e -> typed(text));
        return text;
    }

    Text thresholdField() {
        return threshold;
    }

    Text clearField() {
        return clear;
    }

    String figuresText() {
        return figures.getText();
    }

    boolean isShown() {
        return row.getVisible();
    }

    /** Shows the rule open for tuning (its candidate values), or hides the row with an empty rule. */
    void show(ThresholdTuning from, Optional<ThresholdRule> rule, boolean drawn) {
        tuning = from;
        boolean visible = rule.isPresent();
        if (visible != row.getVisible()) {
            row.setVisible(visible);
            ((GridData) row.getLayoutData()).exclude = !visible;
            row.getParent().layout(true, true);
        }
        if (!visible) {
            shown = null;
            return;
        }
        ThresholdRule r = rule.get();
        if (!r.equals(shown)) {
            shown = r;
            row.layout(true, true);
            title.setText("Tuning '" + r.name() + "' (" + r.measurement() + " " + r.condition().text() + "):");
            showValue(threshold, r.threshold());
            showValue(clear, r.clearThreshold());
        }
        String text = drawn ? figures(from, r) : "This chart shows no device this rule watches: pick one on the left";
        if (!text.equals(figures.getText())) {
            figures.setText(text);
            figures.setToolTipText(text);
            row.layout(true, true);
        }
    }

    private static void showValue(Text text, Double value) {
        String s = value == null ? "" : number(value);
        if (!text.isFocusControl() && !s.equals(text.getText())) {
            text.setText(s);
            text.setBackground(null);
        }
    }

    /** The newest backtest in a line: alerts and flaps active → candidate, or what the backtest is doing. */
    private static String figures(ThresholdTuning from, ThresholdRule rule) {
        Optional<BacktestFigures> latest = from.latestFigures().filter(f -> f.ruleId().equals(rule.id()));
        if (latest.isEmpty() || latest.get().candidateThreshold() != rule.threshold()) {
            return from.backtestStatus();
        }
        BacktestFigures f = latest.get();
        return String.format(Locale.ROOT, "Backtest: alerts %,d \u2192 %,d, flaps %,d \u2192 %,d; %,d appear, "
                + "%,d disappear (%,d readings, %d ms)", f.activeAlerts(), f.candidateAlerts(), f.activeFlaps(),
                f.candidateFlaps(), f.appearing(), f.disappearing(), f.readings(), f.backtestMillis());
    }

    private void typed(Text text) {
        if (tuning == null || shown == null) {
            return;
        }
        String typed = text.getText().trim();
        boolean isClear = text == clear;
        Double current = isClear ? shown.clearThreshold() : Double.valueOf(shown.threshold());
        try {
            Double value = typed.isEmpty() && isClear ? null : Double.valueOf(Double.parseDouble(typed));
            text.setBackground(null);
            text.setToolTipText(null);
            if (Objects.equals(value, current)) {
                return;
            }
            if (isClear) {
                tuning.setCandidateClearThreshold(shown.id(), value);
            } else {
                tuning.setCandidateThreshold(shown.id(), value);
            }
            tuning.finishDrag();
        } catch (NumberFormatException e) {
            text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            text.setToolTipText("\"" + typed + "\" is not a number; " + NOT_A_NUMBER);
            figures.setText("\"" + typed + "\" is not a number; " + NOT_A_NUMBER);
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
