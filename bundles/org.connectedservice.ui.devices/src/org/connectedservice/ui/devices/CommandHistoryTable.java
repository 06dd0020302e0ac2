package org.connectedservice.ui.devices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Commands sent, newest first, for all devices, the selected devices or the selected device's asset. Records come
 * in live from the command service and replace their row by id, so a status moves from In Progress to its outcome
 * in place.
 */
final class CommandHistoryTable {

    static final int LIMIT = 1_000;

    private enum Scope {
        ALL("All commands"), DEVICES("Selected devices"), ASSET("Asset of the selection");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    private final CommandService commands;
    private final Composite root;
    private final Label summary;
    private final Table table;
    private final ConcurrentLinkedQueue<CommandRecord> arrived = new ConcurrentLinkedQueue<>();
    private final Map<Long, CommandRecord> rows = new HashMap<>();
    private final AutoCloseable subscription;
    private final PeriodicRefresh<CommandRecord[]> refresh;
    private volatile Scope scope = Scope.ALL;
    private volatile List<String> deviceIds = List.of();
    private volatile String asset;
    private volatile boolean reload = true;
    private CommandRecord[] shown = new CommandRecord[0];

    CommandHistoryTable(Composite parent, CommandService commands) {
        this.commands = commands;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        Combo scopes = new Combo(root, SWT.READ_ONLY);
        for (Scope s : Scope.values()) {
            scopes.add(s.label);
        }
        scopes.select(0);
        scopes.addListener(SWT.Selection, e -> {
            scope = Scope.values()[scopes.getSelectionIndex()];
            reloadNow();
        });
        summary = new Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (HistoryColumn column : HistoryColumn.values()) {
            TableColumn tc = new TableColumn(table, SWT.NONE);
            tc.setText(column.title());
            tc.setWidth(column.width());
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        subscription = commands.subscribe(arrived::add);
        refresh = PeriodicRefresh.start("Loading the command history", table, 250, this::fetch, this::show);
    }

    Composite control() {
        return root;
    }

    void select(List<RegisteredDevice> selected) {
        deviceIds = selected.stream().map(RegisteredDevice::id).toList();
        asset = selected.stream().map(RegisteredDevice::asset).filter(Objects::nonNull).findFirst().orElse(null);
        if (scope != Scope.ALL) {
            reloadNow();
        }
    }

    private void reloadNow() {
        reload = true;
        refresh.refreshNow();
    }

    private CommandRecord[] fetch() {
        boolean changed = false;
        synchronized (rows) {
            if (reload) {
                reload = false;
                rows.clear();
                load().forEach(r -> rows.put(r.id(), r));
                changed = true;
            }
            for (CommandRecord r = arrived.poll(); r != null; r = arrived.poll()) {
                if (inScope(r)) {
                    rows.put(r.id(), r);
                    changed = true;
                }
            }
            if (!changed) {
                return null;
            }
            return rows.values().stream().sorted(Comparator.comparing(CommandRecord::time)
                    .thenComparing(CommandRecord::id).reversed()).limit(LIMIT).toArray(CommandRecord[]::new);
        }
    }

    private List<CommandRecord> load() {
        return switch (scope) {
            case ALL -> commands.history(LIMIT);
            case DEVICES -> {
                List<CommandRecord> all = new ArrayList<>();
                deviceIds.forEach(id -> all.addAll(commands.historyOfDevice(id, LIMIT)));
                yield all;
            }
            case ASSET -> asset == null ? List.of() : commands.historyOfAsset(asset, LIMIT);
        };
    }

    private boolean inScope(CommandRecord record) {
        return switch (scope) {
            case ALL -> true;
            case DEVICES -> deviceIds.contains(record.deviceId());
            case ASSET -> asset != null && asset.equals(record.asset());
        };
    }

    private void show(CommandRecord[] changed) {
        if (changed == null) {
            return;
        }
        shown = changed;
        table.setItemCount(shown.length);
        table.clearAll();
        long open = Arrays.stream(shown).filter(r -> !r.status().isFinal()).count();
        summary.setText(shown.length + " commands" + (open == 0 ? "" : ", " + open + " under way"));
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= shown.length) {
            return;
        }
        CommandRecord record = shown[index];
        HistoryColumn[] columns = HistoryColumn.values();
        for (int c = 0; c < columns.length; c++) {
            item.setText(c, columns[c].text(record));
        }
        item.setForeground(HistoryColumn.STATUS.ordinal(), statusColor(record.status()));
        item.setForeground(HistoryColumn.EFFECT.ordinal(), effectColor(record.effect()));
    }

    private Color statusColor(CommandStatus status) {
        return table.getDisplay().getSystemColor(switch (status) {
            case SUCCEEDED -> SWT.COLOR_DARK_GREEN;
            case FAILED, TIMED_OUT -> SWT.COLOR_RED;
            case IN_PROGRESS, SENT -> SWT.COLOR_DARK_YELLOW;
        });
    }

    private Color effectColor(EffectStatus effect) {
        return table.getDisplay().getSystemColor(switch (effect) {
            case PASSED -> SWT.COLOR_DARK_GREEN;
            case FAILED -> SWT.COLOR_RED;
            case PENDING, NONE -> SWT.COLOR_DARK_YELLOW;
        });
    }

    void dispose() throws Exception {
        subscription.close();
    }
}
