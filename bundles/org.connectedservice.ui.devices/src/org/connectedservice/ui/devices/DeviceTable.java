package org.connectedservice.ui.devices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportResult;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.ui.BackgroundWork;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The Devices view: the registry with registration, connection state and last activity, and what field admins do
 * with it (assets, registration, CSV import with a dry run first, export, import from the hub).
 */
final class DeviceTable {

    private final DeviceManagement devices;
    private final Composite root;
    private final Label status;
    private final TableViewer viewer;
    private final PeriodicRefresh<List<RegisteredDevice>> refresh;
    private final List<Button> needSelection = new ArrayList<>();
    private Consumer<List<RegisteredDevice>> onSelection = selected -> { };
    private List<RegisteredDevice> selected = List.of();

    DeviceTable(Composite parent, DeviceManagement devices) {
        this.devices = devices;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        needSelection.add(button(bar, "Connect to asset...", this::connect));
        needSelection.add(button(bar, "Disconnect", this::disconnect));
        needSelection.add(button(bar, "Register", this::register));
        button(bar, "Import CSV...", this::importCsv);
        button(bar, "Import from hub...", this::importHub);
        button(bar, "Export CSV...", this::exportCsv);
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (DeviceColumn column : DeviceColumn.values()) {
            TableViewerColumn tvc = new TableViewerColumn(viewer, SWT.NONE);
            tvc.getColumn().setText(column.title());
            tvc.getColumn().setWidth(column.width());
            tvc.getColumn().setData(column);
            tvc.getColumn().addListener(SWT.Selection, e -> sortBy(tvc.getColumn()));
            tvc.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> column.text((RegisteredDevice) d)));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> {
            selected = ((List<?>) viewer.getStructuredSelection().toList()).stream().map(RegisteredDevice.class::cast)
                    .toList();
            needSelection.forEach(b -> b.setEnabled(!selected.isEmpty()));
            onSelection.accept(selected);
        });
        needSelection.forEach(b -> b.setEnabled(false));
        refresh = PeriodicRefresh.start("Loading the device registry", viewer.getControl(), 2_000, devices::devices,
                this::show);
    }

    Composite control() {
        return root;
    }

    void onSelection(Consumer<List<RegisteredDevice>> listener) {
        onSelection = listener;
    }

    private Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /* Rows are new records on every refresh (activity moves), so the selection is carried over by device id. */
    private void show(List<RegisteredDevice> rows) {
        List<String> ids = selected.stream().map(RegisteredDevice::id).toList();
        viewer.setInput(rows);
        List<RegisteredDevice> again = rows.stream().filter(d -> ids.contains(d.id())).toList();
        viewer.setSelection(new StructuredSelection(again));
        if (status.getText().isEmpty()) {
            status.setText(rows.size() + " devices");
        }
    }

    private void sortBy(TableColumn clicked) {
        var table = viewer.getTable();
        int direction = table.getSortColumn() == clicked && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
        table.setSortColumn(clicked);
        table.setSortDirection(direction);
        DeviceColumn column = (DeviceColumn) clicked.getData();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = column.comparator().compare((RegisteredDevice) a, (RegisteredDevice) b);
                return direction == SWT.UP ? c : -c;
            }
        });
    }

    private List<String> selectedIds() {
        return selected.stream().map(RegisteredDevice::id).toList();
    }

    private void work(String name, Callable<String> task) {
        status.setText(name + "...");
        BackgroundWork.run(name, root, task, done -> {
            status.setText(done);
            refresh.refreshNow();
        }, e -> status.setText(name + " failed: " + BackgroundWork.message(e)));
    }

    private void connect() {
        List<String> ids = selectedIds();
        BackgroundWork.run("Loading customer assets", root, devices::assets, assets -> {
            AssetDialog dialog = new AssetDialog(root.getShell(), ids.size(),
                    assets.stream().map(CustomerAsset::name).toList());
            if (dialog.open() == Window.OK) {
                work("Connecting to " + dialog.asset(), () -> {
                    devices.connect(ids, dialog.asset());
                    return ids.size() + " connected to " + dialog.asset();
                });
            }
        }, e -> status.setText(BackgroundWork.message(e)));
    }

    private void disconnect() {
        List<String> ids = selectedIds();
        work("Disconnecting", () -> {
            devices.disconnect(ids);
            return ids.size() + " disconnected from their asset";
        });
    }

    private void register() {
        List<String> ids = selectedIds();
        work("Registering", () -> {
            List<RegisteredDevice> results = devices.register(ids);
            List<String> errors = results.stream().filter(d -> d.registration() == RegistrationStatus.ERROR)
                    .map(d -> d.id() + ": " + d.registrationMessage()).toList();
            return (results.size() - errors.size()) + " registered" + (errors.isEmpty() ? ""
                    : ", " + errors.size() + " failed: " + String.join("; ", errors));
        });
    }

    private void importCsv() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        String file = dialog.open();
        if (file != null) {
            preview("Reading " + file, () -> devices.previewImport(Path.of(file)));
        }
    }

    private void importHub() {
        preview("Reading the hub's registry", devices::previewHubImport);
    }

    private void preview(String name, Callable<ImportPreview> read) {
        status.setText(name + "...");
        BackgroundWork.run(name, root, read, preview -> {
            status.setText(ImportPreviewDialog.summary(preview));
            if (new ImportPreviewDialog(root.getShell(), preview).open() == Window.OK) {
                work("Importing " + preview.source(), () -> result(devices.applyImport(preview)));
            }
        }, e -> status.setText(name + " failed: " + BackgroundWork.message(e)));
    }

    private static String result(ImportResult r) {
        return "Imported: " + r.added() + " added, " + r.changed() + " changed, " + r.unchanged() + " unchanged, "
                + r.skipped() + " lines with errors skipped"
                + (r.assetsCreated().isEmpty() ? "" : "; new assets " + String.join(", ", r.assetsCreated()));
    }

    private void exportCsv() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("devices.csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            work("Exporting", () -> "Exported " + devices.exportCsv(Path.of(file)) + " devices to " + file);
        }
    }
}
