package org.connectedservice.ui.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.DeviceStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Every simulated device with its state, as a virtual table so a fleet of 10,000 stays quick. The selection is kept
 * by device id, so it survives a refresh and a new fleet that still has those devices.
 */
final class DeviceTable {

    private enum Column {
        DEVICE("Device", 130, DeviceStatus::deviceId),
        MODEL("Model", 100, DeviceStatus::model),
        STATE("State", 80, s -> SimulatorTexts.state(s.state())),
        FAULTS("Injected", 110, SimulatorTexts::faults),
        MESSAGES("Messages", 80, s -> String.valueOf(s.messagesSent())),
        INTERVAL("Interval", 70, s -> SimulatorTexts.seconds(s.interval())),
        DISPLAY("Display message", 180, s -> s.displayMessage() == null ? "" : s.displayMessage());

        final String title;
        final int width;
        final Function<DeviceStatus, String> text;

        Column(String title, int width, Function<DeviceStatus, String> text) {
            this.title = title;
            this.width = width;
            this.text = text;
        }
    }

    private final Table table;
    private DeviceStatus[] rows = new DeviceStatus[0];
    private Set<String> selected = Set.of();

    DeviceTable(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setToolTipText("Ctrl- or Shift-click to inject into several devices at once");
        for (Column column : Column.values()) {
            TableColumn tc = new TableColumn(table, SWT.NONE);
            tc.setText(column.title);
            tc.setWidth(column.width);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Selection, e -> rememberSelection());
    }

    void show(List<DeviceStatus> statuses) {
        DeviceStatus[] next = statuses.toArray(DeviceStatus[]::new);
        boolean sameDevices = next.length == rows.length;
        for (int i = 0; sameDevices && i < next.length; i++) {
            sameDevices = next[i].deviceId().equals(rows[i].deviceId());
        }
        rows = next;
        if (table.getItemCount() != rows.length) {
            table.setItemCount(rows.length);
        }
        table.clearAll();
        if (!sameDevices) {
            restoreSelection();
        }
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= rows.length) {
            return;
        }
        DeviceStatus status = rows[index];
        Column[] columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            item.setText(c, columns[c].text.apply(status));
        }
        item.setForeground(Column.STATE.ordinal(), table.getDisplay().getSystemColor(color(status.state())));
    }

    private static int color(DeviceState state) {
        return switch (state) {
            case ONLINE -> SWT.COLOR_DARK_GREEN;
            case REBOOTING -> SWT.COLOR_DARK_YELLOW;
            case SILENT -> SWT.COLOR_DARK_GRAY;
            case FAULTY -> SWT.COLOR_RED;
        };
    }

    private void rememberSelection() {
        Set<String> ids = new HashSet<>();
        for (int index : table.getSelectionIndices()) {
            if (index < rows.length) {
                ids.add(rows[index].deviceId());
            }
        }
        selected = Set.copyOf(ids);
    }

    private void restoreSelection() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (selected.contains(rows[i].deviceId())) {
                indices.add(i);
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        rememberSelection();
    }

    /** Selects these devices as a user Ctrl-clicking their rows would; false unless all are listed. */
    boolean select(List<String> deviceIds) {
        selected = Set.copyOf(deviceIds);
        restoreSelection();
        return selected.size() == Set.copyOf(deviceIds).size();
    }

    /** The selected device ids, in table order. */
    List<String> selection() {
        List<String> ids = new ArrayList<>();
        for (DeviceStatus row : rows) {
            if (selected.contains(row.deviceId())) {
                ids.add(row.deviceId());
            }
        }
        return ids;
    }

    /** The state column's text for a device, as the user reads it, or null when the device is not listed. */
    String shownState(String deviceId) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].deviceId().equals(deviceId)) {
                return table.getItem(i).getText(Column.STATE.ordinal());
            }
        }
        return null;
    }

    int rowCount() {
        return rows.length;
    }

    Table table() {
        return table;
    }
}
