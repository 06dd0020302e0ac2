package org.connectedservice.ui.devices;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandRequest;
import org.connectedservice.core.devices.CommandRun;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.CommandTarget;
import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RunProgress;
import org.connectedservice.ui.BackgroundWork;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The command panel: pick a command, fill its typed parameters (checked as you type), send it to the selected
 * devices or to every device of an asset, follow the run's progress and cancel it; the history beside it shows
 * each device's status as it changes.
 */
final class CommandPanel {

    private final CommandService commands;
    private final DeviceManagement devices;
    private final SashForm root;
    private final ScrolledComposite scroller;
    private final Composite form;
    private final Combo definitions;
    private final Label description;
    private final ParameterForm parameters;
    private final Label problems;
    private final Label brokenFiles;
    private List<CommandDefinition> shown = List.of();
    private final Label payload;
    private final Button toSelection;
    private final Button toAsset;
    private final Combo assets;
    private final Button send;
    private final Button cancel;
    private final ProgressBar bar;
    private final Label progress;
    private final CommandHistoryTable history;
    private List<RegisteredDevice> selected = List.of();
    private CommandRun running;
    private boolean valid;

    CommandPanel(Composite parent, CommandService commands, DeviceManagement devices) {
        this.commands = commands;
        this.devices = devices;
        root = new SashForm(parent, SWT.HORIZONTAL);
        scroller = new ScrolledComposite(root, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        form = new Composite(scroller, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        scroller.setContent(form);
        scroller.addListener(SWT.Resize, e -> relayout());
        new Label(form, SWT.NONE).setText("Command");
        definitions = new Combo(form, SWT.READ_ONLY);
        definitions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        definitions.setToolTipText("The command definitions of the workspace's commands folder");
        definitions.addListener(SWT.FocusIn, e -> reloadDefinitions());
        brokenFiles = wrapping(form);
        brokenFiles.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        parameters = new ParameterForm(form, this::check);
        parameters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problems = wrapping(form);
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        Group target = new Group(form, SWT.NONE);
        target.setText("Send to");
        target.setLayout(new GridLayout(2, false));
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toSelection = new Button(target, SWT.RADIO);
        toSelection.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        toSelection.setSelection(true);
        toAsset = new Button(target, SWT.RADIO);
        toAsset.setText("All devices of asset");
        assets = new Combo(target, SWT.READ_ONLY);
        assets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toSelection.addListener(SWT.Selection, e -> check());
        toAsset.addListener(SWT.Selection, e -> check());
        assets.addListener(SWT.Selection, e -> check());
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        send = new Button(buttons, SWT.PUSH);
        send.setText("Send");
        send.addListener(SWT.Selection, e -> send());
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (running != null) {
                running.cancel();
            }
        });
        bar = new ProgressBar(form, SWT.HORIZONTAL);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = wrapping(form);
        payload = wrapping(form);
        description = wrapping(form);
        history = new CommandHistoryTable(root, commands);
        root.setWeights(35, 65);
        definitions.addListener(SWT.Selection, e -> pick());
        reloadDefinitions();
        select(List.of());
    }

    private static Label wrapping(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        label.setLayoutData(data);
        return label;
    }

    Composite control() {
        return root;
    }

    void select(List<RegisteredDevice> devicesPicked) {
        List<String> before = selected.stream().map(RegisteredDevice::id).toList();
        selected = devicesPicked;
        if (!before.isEmpty() && before.equals(devicesPicked.stream().map(RegisteredDevice::id).toList())) {
            return;
        }
        toSelection.setText("Selected devices (" + selected.size() + ")");
        history.select(selected);
        BackgroundWork.run("Loading customer assets", form, devices::assets, this::showAssets, e -> { });
        check();
    }

    private void showAssets(List<CustomerAsset> list) {
        String current = assets.getText();
        String wanted = selected.stream().map(RegisteredDevice::asset).filter(Objects::nonNull).findFirst()
                .orElse(current);
        assets.setItems(list.stream().map(CustomerAsset::name).toArray(String[]::new));
        int at = assets.indexOf(wanted == null ? "" : wanted);
        if (at >= 0) {
            assets.select(at);
        }
        check();
    }

    /* Definition files can change while the console runs: the list follows them, keeping the picked command. */
    private void reloadDefinitions() {
        List<CommandDefinition> now = commands.definitions();
        List<String> broken = commands.definitionProblems();
        brokenFiles.setText(broken.isEmpty() ? "" : "Left out, fix and pick again:\n" + String.join("\n", broken));
        if (now.equals(shown)) {
            relayout();
            return;
        }
        String picked = definitions.getText();
        shown = now;
        definitions.setItems(now.stream().map(CommandDefinition::name).toArray(String[]::new));
        int at = definitions.indexOf(picked);
        definitions.select(at >= 0 ? at : 0);
        pick();
    }

    private CommandDefinition definition() {
        return shown.get(definitions.getSelectionIndex());
    }

    private void pick() {
        CommandDefinition definition = definition();
        description.setText(definition.description() + " (" + definition.kind().label()
                + definition.effectCheck().map(e -> "; checks: " + e.describe()).orElse("") + ")");
        parameters.show(definition);
        check();
    }

    private void check() {
        Map<String, String> values = parameters.values();
        List<String> found = commands.validate(definition().name(), values);
        valid = found.isEmpty();
        problems.setText(String.join("\n", found));
        payload.setText(valid ? "Payload: " + commands.payload(definition().name(), values) : "");
        updateSend();
        relayout();
    }

    /* The form scrolls when the part is short, so Send is always reachable. */
    private void relayout() {
        form.layout(true, true);
        int width = scroller.getClientArea().width;
        scroller.setMinSize(form.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    private boolean targetReady() {
        return toAsset.getSelection() ? assets.getSelectionIndex() >= 0 : !selected.isEmpty();
    }

    private void updateSend() {
        send.setEnabled(valid && targetReady() && running == null);
    }

    private void send() {
        CommandTarget target = toAsset.getSelection() ? CommandTarget.asset(assets.getText())
                : CommandTarget.devices(selected.stream().map(RegisteredDevice::id).toList());
        CommandRequest request = CommandRequest.of(definition().name(), parameters.values(), target);
        var display = form.getDisplay();
        progress.setText("Sending " + request.command() + "...");
        send.setEnabled(false);
        BackgroundWork.run("Sending " + request.command(), form,
                () -> commands.send(request, p -> BackgroundWork.ui(display, form, () -> showProgress(p))),
                run -> {
                    if (!run.progress().state().isFinal()) {
                        running = run;
                        cancel.setEnabled(true);
                    }
                    updateSend();
                }, e -> {
                    progress.setText("Not sent: " + BackgroundWork.message(e));
                    updateSend();
                });
    }

    private void showProgress(RunProgress p) {
        bar.setSelection((int) Math.round(p.fraction() * 1000));
        StringBuilder text = new StringBuilder(p.command()).append(": ").append(p.finished()).append(" of ")
                .append(p.total()).append(" done (").append(p.succeeded()).append(" succeeded, ").append(p.failed())
                .append(" failed, ").append(p.timedOut()).append(" timed out");
        if (p.effectFailed() > 0) {
            text.append(", ").append(p.effectFailed()).append(" effect checks failed");
        }
        text.append(')');
        if (p.waves() > 1) {
            text.append(", wave ").append(p.wave()).append(" of ").append(p.waves());
        }
        if (p.state().isFinal()) {
            text.append(". ").append(p.state() == RunProgress.State.COMPLETED ? "Completed" : p.message());
            if (running != null && running.id().equals(p.runId())) {
                running = null;
            }
            cancel.setEnabled(running != null);
        }
        progress.setText(text.toString());
        updateSend();
        relayout();
    }

    void dispose() throws Exception {
        history.dispose();
    }
}
