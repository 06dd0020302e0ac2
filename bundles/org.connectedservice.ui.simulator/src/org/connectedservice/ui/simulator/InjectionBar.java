package org.connectedservice.ui.simulator;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * One button per fault kind for the selected devices, now or after a delay of simulated time, for the kind's
 * default length or a chosen one; Clear faults ends them all.
 */
final class InjectionBar {

    static final String CLEAR = "Clear faults";

    private final FleetSimulator simulator;
    private final Background background;
    private final ProblemArea problems;
    private final Supplier<List<String>> selection;
    private final Runnable changed;
    private final Group group;
    private final Spinner delay;
    private final Spinner lasting;
    private final Label last;

    InjectionBar(Composite parent, FleetSimulator simulator, Background background, ProblemArea problems,
            Supplier<List<String>> selection, Runnable changed) {
        this.simulator = simulator;
        this.background = background;
        this.problems = problems;
        this.selection = selection;
        this.changed = changed;
        group = new Group(parent, SWT.NONE);
        group.setText("Inject into the selected devices");
        group.setLayout(new GridLayout(3, true));
        for (InjectionKind kind : InjectionKind.values()) {
            button(kind.fileName(), tooltip(kind)).addListener(SWT.Selection, e -> inject(kind));
        }
        button(CLEAR, "End every injected fault on the selected devices").addListener(SWT.Selection, e -> clear());
        Composite timing = new Composite(group, SWT.NONE);
        timing.setLayout(new GridLayout(6, false));
        timing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(timing, SWT.NONE).setText("after");
        delay = seconds(timing, "Simulated seconds to wait before the fault begins; 0 = now");
        new Label(timing, SWT.NONE).setText("s");
        new Label(timing, SWT.NONE).setText("lasting");
        lasting = seconds(timing, "How long the fault lasts; 0 = the kind's default (a spike: 5 messages)");
        new Label(timing, SWT.NONE).setText("s");
        last = new Label(group, SWT.WRAP);
        last.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, true, 3, 1));
    }

    private Button button(String text, String tooltip) {
        Button button = new Button(group, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    private static Spinner seconds(Composite parent, String tooltip) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(0, 0, 3600, 0, 1, 10);
        spinner.setToolTipText(tooltip);
        GridData narrow = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        narrow.widthHint = 40;
        spinner.setLayoutData(narrow);
        return spinner;
    }

    private static String tooltip(InjectionKind kind) {
        return switch (kind) {
            case SPIKE -> "Jump the primary measurement by the sensor's spike offset";
            case STEP -> "Shift the primary measurement by the spike offset for the whole fault";
            case DRIFT -> "Let the primary measurement drift away, more each minute";
            case STUCK -> "Repeat the last values sent";
            case DROPOUT -> "Measure but send nothing";
            case DUPLICATE -> "Send every message twice with the same id";
            case OUT_OF_ORDER -> "Hold messages back and deliver them newest first";
            case CLOCK_SKEW -> "Stamp messages 300 s off the true time";
            case MALFORMED -> "Send payloads that are not JSON";
            case BURST -> "Send ten times as often";
            case DISCONNECT -> "Drop the connection; messages queue and arrive on reconnect";
        };
    }

    private void inject(InjectionKind kind) {
        List<String> devices = selection.get();
        if (devices.isEmpty()) {
            last.setText("Select one or more devices in the list first");
            return;
        }
        Injection injection = Injection.of(kind);
        if (lasting.getSelection() > 0) {
            injection = injection.lasting(Duration.ofSeconds(lasting.getSelection()));
        }
        Injection chosen = injection;
        Duration after = Duration.ofSeconds(delay.getSelection());
        problems.hide();
        background.run("Injecting " + kind.fileName(), () -> {
            simulator.inject(devices, chosen, after);
            return null;
        }, done -> {
            last.setText(kind.fileName() + (after.isZero() ? "" : " in " + after.toSeconds() + " s") + " on "
                    + describe(devices));
            last.getParent().layout(true);
            changed.run();
        }, error -> problems.show("Inject " + kind.fileName(), error));
    }

    private void clear() {
        List<String> devices = selection.get();
        background.run("Clearing injected faults", () -> {
            simulator.clearFaults(devices);
            return null;
        }, done -> changed.run(), error -> problems.show(CLEAR, error));
    }

    private static String describe(List<String> devices) {
        return devices.size() == 1 ? devices.get(0) : devices.size() + " devices";
    }

    Spinner delay() {
        return delay;
    }

    Spinner lasting() {
        return lasting;
    }
}
