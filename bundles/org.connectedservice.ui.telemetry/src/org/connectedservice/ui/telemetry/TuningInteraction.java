package org.connectedservice.ui.telemetry;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.ThresholdMark;
import org.connectedservice.core.series.TraceProjection;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.connectedservice.ui.telemetry.ChartTuning.Line;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and keys on the lines of the rule open for tuning: near a line the cursor turns into an up-down arrow,
 * pressing grabs it, dragging moves it (one undo step per drag), a click selects it and the arrow keys then nudge it
 * by the pixel step (Shift or Page Up/Down: ten steps), Escape lets go. A double-click on another rule's threshold
 * line opens that rule for tuning. Events on the lines are consumed here; the others go on to pan and zoom.
 */
final class TuningInteraction {

    private static final Logger LOG = System.getLogger(TuningInteraction.class.getName());

    private final Control plot;
    private final TelemetryChart chart;
    private final TuningBar bar;
    private final TracePainter painter;
    private final ChartTuning lines = new ChartTuning();
    private AutoCloseable subscription;
    private boolean refreshPending;
    private boolean nudging;

    TuningInteraction(Control plot, TelemetryChart chart, TuningBar bar, TracePainter painter) {
        this.plot = plot;
        this.chart = chart;
        this.bar = bar;
        this.painter = painter;
        plot.addListener(SWT.Dispose, e -> unsubscribe());
    }

    void use(ThresholdTuning tuning) {
        unsubscribe();
        lines.use(tuning);
        if (tuning != null) {
            subscription = tuning.subscribe(this::changedAnyThread);
        }
        refresh();
    }

    ChartTuning lines() {
        return lines;
    }

    /** The rule open for tuning as the chart shows it, with its candidate values. */
    Optional<ThresholdRule> rule() {
        ChartScene s = chart.scene();
        return s == null ? Optional.empty() : lines.rule(chart.shownDevices(), s.frame().traces());
    }

    /** Redraws the candidate lines and the bar from the tuning's state; UI thread. */
    void refresh() {
        if (plot.isDisposed()) {
            return;
        }
        ThresholdTuning tuning = lines.tuning();
        bar.show(tuning, tuning == null ? Optional.empty() : tuning.ruleOnChart(), rule().isPresent());
        overlay();
        plot.redraw();
    }

    /** Gives the painter the candidate lines for the scene on screen (a new frame may have moved them). */
    void overlay() {
        painter.tuning(rule().map(r -> new TuningOverlay(r, lines.selected(), lines.grabbed())).orElse(null));
    }

    String barFigures() {
        return bar.isShown() ? bar.figuresText() : "";
    }

    /** The tooltip of a candidate line at plot row y, or "". */
    String describeLineAt(int y) {
        Optional<Line> line = lineAt(y);
        if (line.isEmpty()) {
            return "";
        }
        ThresholdRule r = rule().orElseThrow();
        return "Candidate " + line.get().label() + " of '" + r.name() + "': "
                + TuningBar.number(ChartTuning.valueOf(r, line.get())) + ". Drag it, or click it and use the arrow "
                + "keys; the Rules editor backtests it and applies it";
    }

    boolean press(Event e) {
        Optional<Line> line = lineAt(e.y);
        if (e.button != 1 || line.isEmpty()) {
            return false;
        }
        lines.grab(line.get());
        refresh();
        return true;
    }

    boolean move(Event e) {
        Optional<ThresholdRule> rule = rule();
        if (lines.grabbed() != null && rule.isPresent()) {
            lines.dragTo(rule.get(), chart.scene().projection(), e.y);
            return true;
        }
        plot.setCursor(lineAt(e.y).isPresent() ? plot.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
        return false;
    }

    void release() {
        if (lines.grabbed() != null) {
            lines.release();
            refresh();
        }
    }

    /** A double-click on a threshold line of a rule not yet open opens it; true when one was opened. */
    boolean open(Event e) {
        ThresholdTuning tuning = lines.tuning();
        ChartScene s = chart.scene();
        if (tuning == null || s == null || lineAt(e.y).isPresent()) {
            return false;
        }
        for (ThresholdMark mark : s.frame().thresholds()) {
            for (double value : mark.lines()) {
                if (Math.abs(s.projection().y(value) - e.y) <= ChartTuning.GRAB_PIXELS) {
                    tuning.openOnChart(mark.rule().id());
                    return true;
                }
            }
        }
        return false;
    }

    /** Arrow keys nudge the selected line, Escape lets go of it; true when the key was for a line. */
    boolean key(Event e) {
        Optional<ThresholdRule> rule = rule();
        if (lines.selected() == null || rule.isEmpty()) {
            return false;
        }
        int steps = (e.stateMask & SWT.SHIFT) != 0 ? 10 : 1;
        TraceProjection p = chart.scene().projection();
        return switch (e.keyCode) {
            case SWT.ARROW_UP -> nudge(rule.get(), p, steps);
            case SWT.ARROW_DOWN -> nudge(rule.get(), p, -steps);
            case SWT.PAGE_UP -> nudge(rule.get(), p, 10);
            case SWT.PAGE_DOWN -> nudge(rule.get(), p, -10);
            case SWT.ESC -> {
                lines.select(null);
                refresh();
                yield true;
            }
            default -> false;
        };
    }

    /** A released nudge key ends that undo step. */
    void keyReleased() {
        if (nudging) {
            nudging = false;
            lines.endNudge();
        }
    }

    private boolean nudge(ThresholdRule rule, TraceProjection p, int steps) {
        nudging = lines.nudge(rule, p, steps);
        return nudging;
    }

    private Optional<Line> lineAt(int y) {
        ChartScene s = chart.scene();
        Optional<ThresholdRule> rule = rule();
        return rule.isEmpty() ? Optional.empty() : Optional.ofNullable(ChartTuning.lineAt(rule.get(),
                s.projection(), y));
    }

    /** The tuning's listeners run on any thread: one asyncExec at a time brings the change to the chart. */
    private void changedAnyThread() {
        synchronized (this) {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        if (!plot.isDisposed()) {
            plot.getDisplay().asyncExec(() -> {
                synchronized (this) {
                    refreshPending = false;
                }
                refresh();
            });
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Leaving the rules editor's tuning failed", e);
            }
            subscription = null;
        }
    }
}
