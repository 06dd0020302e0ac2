package org.connectedservice.ui.alerts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.connectedservice.core.model.IotAlert;

/**
 * The alert table's rows, kept off the UI thread: alerts merge in by id (a cleared alert replaces its active row)
 * and the sorted array handed to the table is rebuilt only when something changed.
 */
final class AlertRows {

    private final Map<Long, IotAlert> byId = new HashMap<>();
    private IotAlert[] sorted = new IotAlert[0];
    private Comparator<IotAlert> order = AlertColumn.TIME.comparator().reversed();
    private boolean dirty = true;

    synchronized void merge(List<IotAlert> alerts) {
        for (IotAlert alert : alerts) {
            if (alert != null) {
                byId.put(alert.id(), alert);
                dirty = true;
            }
        }
    }

    /** Something shown in the rows but kept elsewhere changed (a case or work order): rebuild on the next take. */
    synchronized void touch() {
        dirty = true;
    }

    synchronized void sortBy(Comparator<IotAlert> comparator) {
        order = comparator;
        dirty = true;
    }

    /** Where the alerts with these ids are among the rows, so a selection follows its alerts when rows move. */
    static int[] indicesOf(IotAlert[] rows, Set<Long> ids) {
        return ids.isEmpty() ? new int[0]
                : IntStream.range(0, rows.length).filter(i -> ids.contains(rows[i].id())).toArray();
    }

    /** The rows to show, or null when nothing changed since the last call. */
    synchronized IotAlert[] takeIfChanged() {
        if (!dirty) {
            return null;
        }
        sorted = byId.values().toArray(IotAlert[]::new);
        Arrays.sort(sorted, order.thenComparing(IotAlert::id, Comparator.reverseOrder()));
        dirty = false;
        return sorted;
    }
}
