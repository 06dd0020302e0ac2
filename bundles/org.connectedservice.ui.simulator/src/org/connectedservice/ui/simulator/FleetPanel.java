package org.connectedservice.ui.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.FleetSimulator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * The workspace's device models with a fleet size each. Apply replaces the running fleet in one go: when any model
 * file is wrong the old fleet keeps running and the problem area names the file, line and field.
 */
final class FleetPanel {

    static final String APPLY = "Apply fleet";
    static final String RELOAD = "Reload models";
    static final int MAX_PER_MODEL = 10_000;

    private record Models(List<String> names, List<FleetEntry> fleet) {
    }

    private final FleetSimulator simulator;
    private final Background background;
    private final ProblemArea problems;
    private final Runnable applied;
    private final Label outcome;
    private final Composite rows;
    private final Button apply;
    private final Map<String, Spinner> counts = new LinkedHashMap<>();

    FleetPanel(Composite parent, FleetSimulator simulator, Background background, ProblemArea problems,
            Runnable applied) {
        this.simulator = simulator;
        this.background = background;
        this.problems = problems;
        this.applied = applied;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Fleet");
        group.setLayout(new GridLayout(2, false));
        rows = new Composite(group, SWT.NONE);
        rows.setLayout(new GridLayout(4, false));
        rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(rows, SWT.NONE).setText("Loading models...");
        Button reload = new Button(group, SWT.PUSH);
        reload.setText(RELOAD);
        reload.setToolTipText("Read the model files in <workspace>/simulator/models again");
        reload.addListener(SWT.Selection, e -> load());
        apply = new Button(group, SWT.PUSH);
        apply.setText(APPLY);
        apply.setToolTipText("Replace the running fleet with these counts; devices are numbered per model");
        apply.addListener(SWT.Selection, e -> apply());
        apply.setEnabled(false);
        outcome = new Label(group, SWT.WRAP);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    void load() {
        background.run("Reading device models", () -> new Models(simulator.models(), simulator.fleet()), this::show,
                error -> problems.show("Reading the device models", error));
    }

    private void show(Models models) {
        for (Control child : rows.getChildren()) {
            child.dispose();
        }
        counts.clear();
        Map<String, Integer> running = new LinkedHashMap<>();
        models.fleet().forEach(e -> running.put(e.model().toLowerCase(Locale.ROOT), e.count()));
        for (String name : models.names()) {
            Integer current = running.remove(name.toLowerCase(Locale.ROOT));
            row(name, current == null ? 0 : current);
        }
        if (counts.isEmpty()) {
            new Label(rows, SWT.WRAP).setText("No models in the workspace's simulator/models folder");
        }
        apply.setEnabled(!counts.isEmpty());
        rows.getParent().layout(true, true);
    }

    private void row(String model, int count) {
        new Label(rows, SWT.NONE).setText(model);
        Spinner spinner = new Spinner(rows, SWT.BORDER);
        spinner.setValues(Math.min(count, MAX_PER_MODEL), 0, MAX_PER_MODEL, 0, 1, 10);
        spinner.setToolTipText("How many " + model + " devices to simulate");
        counts.put(model, spinner);
    }

    private void apply() {
        List<FleetEntry> entries = new ArrayList<>();
        counts.forEach((model, spinner) -> {
            if (spinner.getSelection() > 0) {
                entries.add(new FleetEntry(model, spinner.getSelection()));
            }
        });
        problems.hide();
        apply.setEnabled(false);
        background.run("Replacing the simulated fleet", () -> {
            simulator.setFleet(entries);
            return describe(entries);
        }, description -> {
            apply.setEnabled(true);
            outcome.setText("Running " + description);
            outcome.getParent().layout();
            applied.run();
        }, error -> {
            apply.setEnabled(true);
            problems.show("Apply fleet", error);
        });
    }

    private static String describe(List<FleetEntry> entries) {
        List<String> parts = new ArrayList<>();
        entries.forEach(e -> parts.add(e.count() + " " + e.model()));
        return parts.isEmpty() ? "no devices" : String.join(", ", parts);
    }

    /** Sets a model's fleet size as a user typing into its spinner would; false when the model is not listed. */
    boolean setCount(String model, int count) {
        Spinner spinner = counts.get(model);
        if (spinner == null) {
            return false;
        }
        spinner.setSelection(count);
        return true;
    }

    List<String> models() {
        return List.copyOf(counts.keySet());
    }
}
