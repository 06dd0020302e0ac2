package org.connectedservice.core.devices;

import java.util.List;

/**
 * A dry run of a registry import: what each line would do. Nothing is changed until it is applied; applying writes
 * the ADD and CHANGE lines and skips the ERROR lines. fromHub marks an import of the hub's registry, whose devices
 * are registered by definition.
 */
public record ImportPreview(String source, boolean fromHub, List<Line> lines, List<String> newAssets) {

    public enum Action {
        ADD, CHANGE, UNCHANGED, ERROR
    }

    /** proposed is the device as it would be stored (null for errors); changes name each changed field. */
    public record Line(int lineNumber, Action action, String deviceId, RegisteredDevice proposed,
            List<String> changes, String problem) {

        public Line {
            changes = List.copyOf(changes);
            problem = problem == null ? "" : problem;
        }
    }

    public ImportPreview {
        lines = List.copyOf(lines);
        newAssets = List.copyOf(newAssets);
    }

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    public boolean hasChanges() {
        return count(Action.ADD) + count(Action.CHANGE) > 0;
    }
}
