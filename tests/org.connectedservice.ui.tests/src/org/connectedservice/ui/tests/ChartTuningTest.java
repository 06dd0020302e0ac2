package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.ui.rules.BacktestFigures;
import org.connectedservice.ui.rules.RulesPart;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.connectedservice.ui.telemetry.DeviceNavigatorPart;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.connectedservice.ui.telemetry.TelemetryChartPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tuning a threshold on the chart with the real mouse: open the rule from the editor, grab its line on the plot,
 * drag it down, watch the editor's backtest against the active version change, nudge it with an arrow key, undo
 * and redo the drag as one step, apply with a comment, and see the engine's new version drawn on the chart.
 */
class ChartTuningTest {

    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final String DEVICES = "org.connectedservice.ui.telemetry.part.devices";
    private static final String RULES = "org.connectedservice.ui.rules.part.rules";
    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";
    private static final String HOT = "thermostat-temperature-gt";

    private Workbench workbench;
    private EPartService parts;
    private RulesRepository repository;
    private RuleSetVersion before;
    private ThresholdTuning tuning;

    @BeforeEach
    void showChartAndEditor() {
        workbench = new Workbench();
        parts = workbench.mainWindow().getContext().get(EPartService.class);
        parts.showPart(CHART, PartState.ACTIVATE);
        parts.showPart(RULES, PartState.VISIBLE);
        repository = workbench.service(RulesRepository.class);
        before = repository.activeVersion();
        tuning = workbench.mainWindow().getContext().get(ThresholdTuning.class);
        assertNotNull(tuning, "the window offers no ThresholdTuning");
    }

    @AfterEach
    void putTheRulesBack() {
        tuning.closeOnChart();
        if (repository.activeVersion().number() != before.number()) {
            repository.rollback(before.number(), "ChartTuningTest", "back to the rules before the test");
        }
        parts.showPart(ALERTS, PartState.VISIBLE);
    }

    @Test
    void draggingTheThresholdLineBacktestsItAndTheAppliedVersionIsWhatTheEngineAndChartUse() throws Exception {
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        TelemetryChartPart chartPart = workbench.part(CHART, TelemetryChartPart.class);
        RulesPart editor = workbench.part(RULES, RulesPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select("thermostat-02"), "the fleet never appeared");
        workbench.waitUntil(Duration.ofSeconds(20), () -> chartPart.thresholdLines().contains(70.0)
                && chartPart.plottedPoints() >= 5, "the chart of thermostat-02 never drew its threshold of 70");
        TelemetryChart chart = chartPart.telemetryChart();
        workbench.shell().forceActive();

        editor.selectRule(HOT);
        click(find((Composite) editor.control(), Button.class, b -> "Tune on chart".equals(b.getText())));
        workbench.waitUntil(Duration.ofSeconds(5), () -> chart.tunedRule().isPresent(),
                "Tune on chart did not open " + HOT + " on the chart");
        BacktestFigures unchanged;
        try {
            unchanged = workbench.waitFor(Duration.ofSeconds(30), () -> {
                BacktestFigures f = editor.shownFigures();
                return f != null && f.ruleId().equals(HOT) && f.readings() > 100 ? f : null;
            }, "the editor never backtested " + HOT + " over the stored history");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the editor says: " + editor.shownBacktestStatus()
                    + "; it shows " + editor.shownFigures(), e);
        }
        assertEquals(unchanged.activeAlerts(), unchanged.candidateAlerts(), "before a drag both are version " + before
                .number());

        Pointer pointer = new Pointer(workbench);
        Control plot = chart.plot();
        int x = plot.getSize().x / 3;
        int lineY = chart.plotY(70);
        pointer.moveTo(plot, x, lineY + 1);
        assertEquals(plot.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS), plot.getCursor(),
                "the cursor does not show the line can be dragged");
        assertTrue(chart.overlayAt(x, lineY + 1).startsWith("Candidate threshold of 'AlarmTemp': 70."),
                chart.overlayAt(x, lineY + 1));

        pointer.drag(plot, x, lineY, chart.plotY(62), 12);
        long released = System.nanoTime();
        double dragged = tuning.candidateRule(HOT).orElseThrow().threshold();
        assertTrue(Math.abs(dragged - 62) < 0.5, "the drag should end near 62, ended at " + dragged);
        BacktestFigures low = awaitFigures(editor, dragged);
        System.out.printf("{\"bench\":\"chart-drag\",\"threshold\":%s,\"readings\":%d,\"shown_after_ms\":%d,"
                + "\"backtest_ms\":%d}%n", dragged, low.readings(), (System.nanoTime() - released) / 1_000_000,
                low.backtestMillis());
        assertEquals(70.0, low.activeThreshold());
        assertTrue(low.candidateAlerts() > low.activeAlerts(), "62 is the thermostats' baseline, so it must alert "
                + "more than 70: " + low);
        assertTrue(low.appearing() > 0, low.toString());
        workbench.waitUntil(Duration.ofSeconds(5), () -> chart.tuningFiguresText().startsWith("Backtest: alerts "
                + String.format("%,d", low.activeAlerts())), "the chart's tuning row never showed the backtest");
        workbench.capture(chartPart.chart().getParent(), "chart-threshold-drag");
        workbench.capture(editor.control(), "rules-editor-after-chart-drag");

        pointer.key(plot, SWT.ARROW_UP);
        double nudged = tuning.candidateRule(HOT).orElseThrow().threshold();
        assertTrue(nudged > dragged && nudged - dragged < 0.5, "Up nudges the grabbed line by one step: " + dragged
                + " -> " + nudged);
        assertEquals(nudged, awaitFigures(editor, nudged).candidateThreshold());

        editor.undo();
        assertEquals(dragged, tuning.candidateRule(HOT).orElseThrow().threshold(), "undo takes the nudge back");
        editor.undo();
        assertEquals(70.0, tuning.candidateRule(HOT).orElseThrow().threshold(), "the whole drag is one undo step");
        editor.redo();
        editor.redo();
        assertEquals(nudged, tuning.candidateRule(HOT).orElseThrow().threshold());

        String comment = "AlarmTemp dragged on the chart to " + nudged;
        applyWithComment(editor, comment);
        RuleSetVersion applied = repository.activeVersion();
        assertEquals(before.number() + 1, applied.number(), "Apply made a new version");
        assertEquals(comment, applied.comment());
        ThresholdRule now = applied.rules().stream().filter(r -> r.id().equals(HOT)).findFirst().orElseThrow();
        assertEquals(nudged, now.threshold());
        workbench.waitUntil(Duration.ofSeconds(10), () -> chartPart.thresholdLines().contains(nudged)
                && !chartPart.thresholdLines().contains(70.0), "the chart never drew the applied threshold " + nudged);
        workbench.waitUntil(Duration.ofSeconds(10), () -> editor.shownFigures() != null
                && editor.shownFigures().activeThreshold() == nudged, "the backtest never compared with the new version");
        workbench.capture(chartPart.chart().getParent(), "chart-threshold-applied");
        workbench.screenshot("chart-tuning-main-window");
    }

    private BacktestFigures awaitFigures(RulesPart editor, double threshold) {
        return workbench.waitFor(Duration.ofSeconds(20), () -> {
            BacktestFigures f = editor.shownFigures();
            return f != null && f.candidateThreshold() == threshold ? f : null;
        }, "the editor never showed the backtest of " + threshold);
    }

    private void click(Button button) {
        assertNotNull(button);
        button.notifyListeners(SWT.Selection, new Event());
        workbench.pause(Duration.ofMillis(100));
    }

    private void applyWithComment(RulesPart editor, String comment) {
        Button apply = editor.applyButton();
        workbench.waitUntil(Duration.ofSeconds(5), apply::isEnabled, "Apply stays disabled with a changed rule");
        workbench.display.timerExec(500, () -> answer(comment));
        apply.notifyListeners(SWT.Selection, new Event());
        workbench.pause(Duration.ofMillis(200));
    }

    private void answer(String comment) {
        Shell dialog = Arrays.stream(workbench.display.getShells())
                .filter(s -> "Apply rules to the engine".equals(s.getText())).findFirst().orElse(null);
        if (dialog == null) {
            workbench.display.timerExec(200, () -> answer(comment));
            return;
        }
        find(dialog, Text.class, t -> true).setText(comment);
        find(dialog, Button.class, b -> "OK".equals(b.getText().replace("&", ""))).notifyListeners(SWT.Selection,
                new Event());
    }

    private static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> test) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
