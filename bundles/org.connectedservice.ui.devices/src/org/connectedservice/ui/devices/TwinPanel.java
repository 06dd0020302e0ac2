package org.connectedservice.ui.devices;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinChange;
import org.connectedservice.core.devices.TwinCheck;
import org.connectedservice.core.devices.TwinSection;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.ui.BackgroundWork;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The device twin of the selected device: tags and desired properties in editors checked as you type, reported
 * properties as the device reports them, each with its version and last change. Sending shows the diff first and
 * applies it only if the twin is still as it was read; on a conflict the edit stays and the other change is shown.
 */
final class TwinPanel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final DeviceManagement devices;
    private final Composite root;
    private final Label header;
    private final Group tagsGroup;
    private final Group desiredGroup;
    private final Group reportedGroup;
    private final Text tags;
    private final Text desired;
    private final Text reported;
    private final Label check;
    private final Label conflict;
    private final Button send;
    private final PeriodicRefresh<Object> refresh;
    private volatile String deviceId;
    private DeviceTwin base;
    private String shownTags = "";
    private String shownDesired = "";

    TwinPanel(Composite parent, DeviceManagement devices) {
        this.devices = devices;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, true));
        header = new Label(root, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        header.setText("Select one device to see its twin.");
        tagsGroup = group("Tags");
        tags = editor(tagsGroup, SWT.NONE);
        desiredGroup = group("Desired");
        desired = editor(desiredGroup, SWT.NONE);
        reportedGroup = group("Reported");
        reported = editor(reportedGroup, SWT.READ_ONLY);
        check = new Label(root, SWT.WRAP);
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        conflict = new Label(root, SWT.WRAP);
        conflict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        conflict.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        send = new Button(buttons, SWT.PUSH);
        send.setText("Review and send...");
        send.addListener(SWT.Selection, e -> review());
        Button reload = new Button(buttons, SWT.PUSH);
        reload.setText("Reload (discard my edit)");
        reload.addListener(SWT.Selection, e -> reload());
        tags.addModifyListener(e -> checkEdit());
        desired.addModifyListener(e -> checkEdit());
        setEditable(false);
        refresh = PeriodicRefresh.start("Loading the device twin", root, 2_000, this::fetch, this::apply);
    }

    Composite control() {
        return root;
    }

    private Group group(String title) {
        Group group = new Group(root, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return group;
    }

    private static Text editor(Group group, int style) {
        Text text = new Text(group, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return text;
    }

    void show(List<RegisteredDevice> selected) {
        String id = selected.size() == 1 ? selected.get(0).id() : null;
        if (Objects.equals(id, deviceId)) {
            return;
        }
        deviceId = id;
        base = null;
        conflict.setText("");
        check.setText("");
        header.setText(id == null ? "Select one device to see its twin." : "Loading the twin of " + id + "...");
        setEditable(false);
        refresh.refreshNow();
    }

    /* The twin, or the message why there is none; null when no single device is selected. */
    private Object fetch() {
        String id = deviceId;
        if (id == null) {
            return null;
        }
        try {
            return devices.twin(id);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void apply(Object fetched) {
        if (!(fetched instanceof DeviceTwin twin) || !twin.deviceId().equals(deviceId)) {
            if (fetched instanceof String why && deviceId != null) {
                header.setText(why);
            }
            return;
        }
        header.setText(twin.deviceId() + ": twin version " + twin.version() + ", etag " + twin.etag());
        reportedGroup.setText(title("Reported", twin.reported()));
        String reportedText = Json.pretty(twin.reported().json());
        if (!reportedText.equals(reported.getText())) {
            reported.setText(reportedText);
        }
        boolean editing = base != null && (!tags.getText().equals(shownTags) || !desired.getText().equals(shownDesired));
        if (!editing) {
            take(twin);
        }
    }

    private void take(DeviceTwin twin) {
        base = twin;
        tagsGroup.setText(title("Tags", twin.tags()));
        desiredGroup.setText(title("Desired", twin.desired()));
        shownTags = Json.pretty(twin.tags().json());
        shownDesired = Json.pretty(twin.desired().json());
        tags.setText(shownTags);
        desired.setText(shownDesired);
        setEditable(true);
        checkEdit();
    }

    private static String title(String name, TwinSection section) {
        return name + " v" + section.version() + (section.lastUpdated() == null ? ""
                : ", " + CLOCK.format(section.lastUpdated()));
    }

    private void setEditable(boolean editable) {
        tags.setEditable(editable);
        desired.setEditable(editable);
        send.setEnabled(editable);
    }

    private void checkEdit() {
        if (base == null) {
            return;
        }
        TwinCheck result = devices.checkTwinEdit(base, tags.getText(), desired.getText());
        if (!result.problems().isEmpty()) {
            check.setText(String.join("\n", result.problems()));
            check.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        } else {
            check.setText(result.changes().isEmpty() ? "No changes." : result.changes().size() + " changes: "
                    + result.changes().stream().map(TwinChange::toString).collect(Collectors.joining("; ")));
            check.setForeground(null);
        }
        send.setEnabled(result.sendable());
        root.layout(true, true);
    }

    private void review() {
        DeviceTwin from = base;
        String newTags = tags.getText();
        String newDesired = desired.getText();
        TwinCheck result = devices.checkTwinEdit(from, newTags, newDesired);
        if (!result.sendable()) {
            return;
        }
        String diff = result.changes().stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
        if (!MessageDialog.openConfirm(root.getShell(), "Send twin changes", "Send these changes to "
                + from.deviceId() + " (if its etag is still " + from.etag() + ")?\n\n" + diff)) {
            return;
        }
        conflict.setText("");
        BackgroundWork.run("Updating the twin of " + from.deviceId(), root,
                () -> devices.updateTwin(from, newTags, newDesired), this::updated,
                e -> conflict.setText("Could not send: " + BackgroundWork.message(e)));
    }

    private void updated(TwinUpdate update) {
        switch (update) {
            case TwinUpdate.Applied applied -> {
                take(applied.twin());
                check.setText("Sent: desired version " + applied.twin().desired().version() + ".");
            }
            case TwinUpdate.Conflict c -> conflict.setText("Conflict: " + c.message() + (c.otherChanges().isEmpty()
                    ? "" : "\nThe other change: " + c.otherChanges().stream().map(TwinChange::toString)
                            .collect(Collectors.joining("; "))));
            case TwinUpdate.Refused refused -> conflict.setText("Not sent: " + refused.message());
        }
        root.layout(true, true);
    }

    private void reload() {
        base = null;
        conflict.setText("");
        refresh.refreshNow();
    }
}
