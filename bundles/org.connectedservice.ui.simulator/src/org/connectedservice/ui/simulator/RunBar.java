package org.connectedservice.ui.simulator;

import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/** Start, pause and stop, the speed factor, and what the fleet is doing: run state, message rate, errors. */
final class RunBar {

    static final String START = "Start";
    static final String PAUSE = "Pause";
    static final String STOP = "Stop";

    // the spinner shows tenths, so 0.1x to 100x are whole steps
    private static final int SPEED_SCALE = 10;

    private final FleetSimulator simulator;
    private final Background background;
    private final ProblemArea problems;
    private final Runnable changed;
    private final Button start;
    private final Button pause;
    private final Button stop;
    private final Spinner speed;
    private final Label status;
    private final Label counters;
    private final Label hub;

    RunBar(Composite parent, FleetSimulator simulator, Background background, ProblemArea problems,
            Runnable changed) {
        this.simulator = simulator;
        this.background = background;
        this.problems = problems;
        this.changed = changed;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(8, false));
        start = button(bar, START, "Start the fleet, or resume it after a pause", simulator::start);
        pause = button(bar, PAUSE, "Hold the fleet's simulated clock; Start resumes", simulator::pause);
        stop = button(bar, STOP, "End the run; the next start continues at the wall clock's time", simulator::stop);
        new Label(bar, SWT.NONE).setText("  Speed");
        speed = new Spinner(bar, SWT.BORDER);
        speed.setDigits(1);
        speed.setValues(SPEED_SCALE, 1, 100 * SPEED_SCALE, 1, 1, SPEED_SCALE);
        speed.setToolTipText("Simulated seconds per wall-clock second, 0.1 to 100");
        speed.addListener(SWT.Selection, e -> applySpeed());
        new Label(bar, SWT.NONE).setText("x  ");
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        counters = new Label(bar, SWT.NONE);
        counters.setToolTipText("Errors count messages the engine rejected plus malformed payloads sent on purpose");
        hub = new Label(bar, SWT.WRAP);
        hub.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        hub.setToolTipText("The IoT Hub of the connection profile (File > Connections), when there is one");
        ((GridData) hub.getLayoutData()).exclude = true;
        hub.setVisible(false);
    }

    private Button button(Composite bar, String text, String tooltip, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> background.run(text + " the simulator", () -> {
            action.run();
            return null;
        }, done -> changed.run(), error -> problems.show(text, error)));
        return button;
    }

    private void applySpeed() {
        double factor = speed.getSelection() / (double) SPEED_SCALE;
        background.run("Set the simulator speed", () -> {
            simulator.setSpeed(factor);
            return null;
        }, done -> changed.run(), error -> problems.show("Speed", error));
    }

    void show(SimulatorSnapshot snapshot) {
        SimulatorRunState state = snapshot.state();
        start.setEnabled(state != SimulatorRunState.RUNNING);
        pause.setEnabled(state == SimulatorRunState.RUNNING);
        stop.setEnabled(state != SimulatorRunState.STOPPED);
        int shownSpeed = (int) Math.round(snapshot.speed() * SPEED_SCALE);
        if (!speed.isFocusControl() && speed.getSelection() != shownSpeed) {
            speed.setSelection(shownSpeed);
        }
        status.setText(SimulatorTexts.runStatus(state, snapshot.speed(), snapshot.counters().simulatedTime()));
        counters.setText(SimulatorTexts.counters(snapshot.counters()));
        String link = snapshot.hub().text();
        if (!link.equals(hub.getText())) {
            hub.setText(link);
            hub.setForeground(hub.getDisplay().getSystemColor(snapshot.hub().isProblem() ? SWT.COLOR_RED
                    : SWT.COLOR_DARK_GREEN));
            ((GridData) hub.getLayoutData()).exclude = link.isEmpty();
            hub.setVisible(!link.isEmpty());
            hub.requestLayout();
        }
        status.getParent().layout();
    }

    String statusText() {
        return status.getText();
    }

    String hubText() {
        return hub.getText();
    }

    String countersText() {
        return counters.getText();
    }

    Spinner speed() {
        return speed;
    }
}
