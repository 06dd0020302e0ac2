package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Predicate;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.SimulatorControl;
import org.connectedservice.ui.rules.BacktestFigures;
import org.connectedservice.ui.rules.RulesPart;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
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
 * Threshold tuning as an engineer does it: move the thermostat threshold the way the chart's drag does, watch the
 * backtest against the active version change, apply with a comment, and see the engine raise alerts with the new
 * rule version.
 */
class RulesEditorTest {

    private static final String RULES = "org.connectedservice.ui.rules.part.rules";
    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";
    private static final String HOT = "thermostat-temperature-gt";

    private Workbench workbench;
    private MPart rulesModel;
    private MUIElement stack;
    private RulesRepository repository;
    private RuleSetVersion before;

    @BeforeEach
    void openTheRulesEditor() {
        workbench = new Workbench();
        rulesModel = (MPart) workbench.models.find(RULES, workbench.application);
        assertNotNull(rulesModel, "no Rules part in Application.e4xmi");
        EPartService parts = workbench.mainWindow().getContext().get(EPartService.class);
        parts.showPart(rulesModel, PartState.ACTIVATE);
        stack = rulesModel.getParent();
        stack.getTags().add(IPresentationEngine.MAXIMIZED);
        repository = workbench.service(RulesRepository.class);
        before = repository.activeVersion();
    }

    /** Other tests expect the default rules and the alerts in view. */
    @AfterEach
    void putTheRulesAndTheAlertsBack() {
        if (repository.activeVersion().number() != before.number()) {
            repository.rollback(before.number(), "RulesEditorTest", "back to the rules before the test");
        }
        stack.getTags().remove(IPresentationEngine.MAXIMIZED);
        EPartService parts = workbench.mainWindow().getContext().get(EPartService.class);
        parts.showPart(ALERTS, PartState.VISIBLE);
    }

    @Test
    void aDraggedThresholdIsBacktestedAppliedWithACommentAndUsedByTheEngine() throws Exception {
        RulesPart editor = workbench.part(RULES, RulesPart.class);
        ThresholdTuning tuning = workbench.mainWindow().getContext().get(ThresholdTuning.class);
        assertSame(editor.tuning(), tuning, "the chart and the editor share the window's tuning");
        ThresholdRule rule = before.rules().stream().filter(r -> r.id().equals(HOT)).findFirst().orElseThrow();

        workbench.waitFor(Duration.ofSeconds(30), () -> {
            BacktestFigures f = editor.shownFigures();
            return f != null && f.ruleId().equals(HOT) && f.readings() > 100 ? f : null;
        }, "the editor never backtested " + HOT + " over the stored history");

        BacktestFigures low = drag(editor, tuning, 62.0);
        assertEquals(rule.threshold(), low.activeThreshold());
        assertTrue(low.candidateAlerts() > low.activeAlerts(), "62 is the thermostats' baseline, so it must alert "
                + "more than " + rule.threshold() + ": " + low);
        assertTrue(low.appearing() > 0, low.toString());
        workbench.capture(editor.control(), "rules-editor-backtest");

        BacktestFigures high = drag(editor, tuning, 75.0);
        assertTrue(high.candidateAlerts() < low.candidateAlerts(), "75 must alert less than 62: " + high + " / " + low);

        command("org.eclipse.ui.edit.undo");
        assertEquals(62.0, tuning.candidateRule(HOT).orElseThrow().threshold(), "Ctrl+Z undoes the second drag");
        command("org.eclipse.ui.edit.redo");
        assertEquals(75.0, tuning.candidateRule(HOT).orElseThrow().threshold(), "Ctrl+Y redoes it");

        drag(editor, tuning, 68.0);
        workbench.capture(editor.control(), "rules-editor");
        typeIntoThreshold(editor, "7o");
        workbench.waitUntil(Duration.ofSeconds(5), () -> "\"7o\" is not a number; type one like 70.5".equals(
                editor.formProblem("Threshold")), "the threshold field never showed why 7o is refused");
        assertTrue(!editor.applyButton().isEnabled(), "a draft with a problem cannot be applied");
        workbench.capture(editor.control(), "rules-editor-validation");
        typeIntoThreshold(editor, "68");
        workbench.waitUntil(Duration.ofSeconds(5), () -> editor.formProblem("Threshold") == null,
                "the problem stayed after typing 68");
        String comment = "AlarmTemp to 68: catch thermostats running warm sooner";
        applyWithComment(editor, comment);

        RuleSetVersion applied = repository.activeVersion();
        assertEquals(before.number() + 1, applied.number());
        assertEquals(comment, applied.comment());
        ThresholdRule now = applied.rules().stream().filter(r -> r.id().equals(HOT)).findFirst().orElseThrow();
        assertEquals(68.0, now.threshold());
        assertEquals(rule.version() + 1, now.version());

        Instant spiked = Instant.now().minusSeconds(1);
        workbench.service(SimulatorControl.class).injectSpike("thermostat-05");
        AlertStore alerts = workbench.service(AlertStore.class);
        IotAlert alert = workbench.waitFor(Duration.ofSeconds(30), () -> alerts.newest(500).stream()
                .filter(a -> a.ruleId().equals(HOT) && a.deviceId().equals("thermostat-05")
                        && !a.time().isBefore(spiked))
                .findFirst().orElse(null), "the engine raised no alert for the spike after the apply");
        assertEquals(now.version(), alert.ruleVersion(), "the engine runs the applied rule version");
        assertEquals(68.0, alert.threshold());
        workbench.waitUntil(Duration.ofSeconds(10), () -> editor.shownFigures() != null
                && editor.shownFigures().activeThreshold() == 68.0, "the backtest never compared with the new version");
        workbench.capture(editor.control(), "rules-editor-applied");
        workbench.screenshot("rules-main-window");
        editor.showVersions(true);
        workbench.pause(Duration.ofMillis(300));
        workbench.capture(editor.control(), "rules-versions-diff");
        editor.showVersions(false);
    }

    /** Moves the threshold as the chart's drag does, in steps, and waits for the panel to show the last value. */
    private BacktestFigures drag(RulesPart editor, ThresholdTuning tuning, double to) {
        double from = tuning.candidateRule(HOT).orElseThrow().threshold();
        for (int step = 1; step <= 10; step++) {
            tuning.setCandidateThreshold(HOT, from + (to - from) * step / 10);
            workbench.pause(Duration.ofMillis(15));
        }
        tuning.finishDrag();
        long stopped = System.nanoTime();
        BacktestFigures shown = workbench.waitFor(Duration.ofSeconds(20), () -> {
            BacktestFigures f = editor.shownFigures();
            return f != null && f.candidateThreshold() == to ? f : null;
        }, "the backtest of " + to + " was never shown");
        long millis = (System.nanoTime() - stopped) / 1_000_000;
        System.out.printf("{\"bench\":\"rules-editor\",\"threshold\":%s,\"readings\":%d,\"shown_after_ms\":%d,"
                + "\"backtest_ms\":%d}%n", to, shown.readings(), millis, shown.backtestMillis());
        return shown;
    }

    private void typeIntoThreshold(RulesPart editor, String typed) {
        Text threshold = (Text) editor.formField("Threshold");
        threshold.setFocus();
        threshold.setText(typed);
        workbench.pause(Duration.ofMillis(100));
    }

    private void command(String id) {
        IEclipseContext context = rulesModel.getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(id, null);
        assertTrue(context.get(EHandlerService.class).canExecute(command), id + " is not enabled in the Rules part");
        context.get(EHandlerService.class).executeHandler(command);
        workbench.pause(Duration.ofMillis(100));
    }

    /** Clicks Apply, and types the comment into the dialog it opens, as a user would. */
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
        Text text = find(dialog, Text.class, t -> true);
        text.setText(comment);
        try {
            workbench.capture(dialog, "rules-apply-comment");
        } catch (Exception e) {
            throw new IllegalStateException("screenshot of the comment dialog failed", e);
        }
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
