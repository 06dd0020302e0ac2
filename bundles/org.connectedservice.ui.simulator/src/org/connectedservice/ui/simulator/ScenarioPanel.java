package org.connectedservice.ui.simulator;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.simulation.ExpectationResult;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Picks a scenario file and runs it in simulated time against the active rules: each expectation gets its pass or
 * fail mark as soon as it is decided, then the summary and where the JUnit report went.
 */
final class ScenarioPanel {

    static final String RUN = "Run scenario";
    static final String BROWSE = "Browse...";

    private final ScenarioSession session;
    private final Background background;
    private final ProblemArea problems;
    private final Text file;
    private final Button run;
    private final Table marks;
    private final Label summary;
    private final Text report;

    ScenarioPanel(Composite parent, ScenarioSession session, Background background, ProblemArea problems) {
        this.session = session;
        this.background = background;
        this.problems = problems;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Scenario");
        group.setLayout(new GridLayout(4, false));
        new Label(group, SWT.NONE).setText("File");
        file = new Text(group, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setMessage("A scenario file (.json) from <workspace>/simulator/scenarios");
        Button browse = new Button(group, SWT.PUSH);
        browse.setText(BROWSE);
        browse.addListener(SWT.Selection, e -> browse());
        run = new Button(group, SWT.PUSH);
        run.setText(RUN);
        run.setToolTipText("Run the scenario in simulated time against the active rules (the live fleet is untouched)");
        run.addListener(SWT.Selection, e -> run());
        marks = new Table(group, SWT.FULL_SELECTION | SWT.BORDER);
        GridData marksLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        marksLayout.heightHint = 5 * marks.getItemHeight();
        marks.setLayoutData(marksLayout);
        marks.setHeaderVisible(true);
        marks.setLinesVisible(true);
        column("Result", 60);
        column("#", 30);
        column("Expectation", 320);
        column("Why", 420);
        summary = new Label(group, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new Label(group, SWT.NONE).setText("JUnit report");
        report = new Text(group, SWT.READ_ONLY | SWT.SINGLE);
        report.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(marks, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    void suggest() {
        background.run("Looking for scenarios", session::suggestedScenario, suggested -> {
            if (suggested != null && file.getText().isBlank()) {
                file.setText(suggested.toString());
            }
        }, error -> problems.show("Looking for scenarios", error));
    }

    private void browse() {
        FileDialog dialog = new FileDialog(file.getShell(), SWT.OPEN);
        dialog.setText("Pick a scenario");
        dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
        Path folder = session.scenarioFolder();
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        String picked = dialog.open();
        if (picked != null) {
            choose(Path.of(picked));
        }
    }

    /** Takes this file as if it had been picked in the file dialog. */
    void choose(Path scenario) {
        file.setText(scenario.toString());
    }

    private void run() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            summary.setText("Pick a scenario file first");
            return;
        }
        Path scenario;
        try {
            scenario = Path.of(text);
        } catch (InvalidPathException e) {
            summary.setText("'" + text + "' is not a file name: " + e.getReason());
            return;
        }
        problems.hide();
        marks.removeAll();
        report.setText("");
        summary.setText("Running " + scenario.getFileName() + "...");
        run.setEnabled(false);
        background.run("Running scenario " + scenario.getFileName(),
                () -> session.run(scenario, verdict -> background.onUiThread(() -> mark(verdict))), outcome -> {
                    run.setEnabled(true);
                    marks.removeAll();
                    outcome.result().expectations().forEach(this::mark);
                    for (TableColumn column : marks.getColumns()) {
                        column.pack();
                    }
                    summary.setText(SimulatorTexts.outcome(outcome));
                    summary.setForeground(marks.getDisplay().getSystemColor(outcome.result().passed()
                            ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
                    report.setText(outcome.report().toString());
                    summary.getParent().layout(true, true);
                }, error -> {
                    run.setEnabled(true);
                    summary.setText("");
                    problems.show("Scenario " + scenario.getFileName(), error);
                });
    }

    private void mark(ExpectationResult verdict) {
        TableItem item = new TableItem(marks, SWT.NONE);
        item.setText(new String[] { verdict.passed() ? SimulatorTexts.PASS : SimulatorTexts.FAIL,
                String.valueOf(verdict.index()), verdict.description(), verdict.message() });
        item.setForeground(0, marks.getDisplay().getSystemColor(verdict.passed() ? SWT.COLOR_DARK_GREEN
                : SWT.COLOR_RED));
    }

    /** The marks as shown, one "pass|fail index expectation" line per row. */
    List<String> marks() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : marks.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
        }
        return rows;
    }

    String summary() {
        return summary.getText();
    }

    String reportPath() {
        return report.getText();
    }

    boolean isRunning() {
        return !run.getEnabled();
    }
}
