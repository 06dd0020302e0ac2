package org.connectedservice.ui.telemetry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.SeriesKey;
import org.eclipse.swt.graphics.Color;

/** Gives each trace a colour on first sight and keeps it, so hiding or adding a trace does not repaint the others. */
final class TraceColors {

    private static final Color[] PALETTE = { new Color(31, 119, 180), new Color(44, 160, 44),
            new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(23, 190, 207),
            new Color(188, 189, 34), new Color(255, 127, 14), new Color(0, 0, 128), new Color(0, 100, 0),
            new Color(128, 0, 128), new Color(0, 128, 128) };

    private final Map<SeriesKey, Integer> assigned = new HashMap<>();

    Color of(SeriesKey key) {
        Integer index = assigned.get(key);
        if (index == null) {
            index = assigned.size();
            assigned.put(key, index);
        }
        return PALETTE[index % PALETTE.length];
    }

    List<Color> of(List<SeriesKey> keys) {
        return keys.stream().map(this::of).toList();
    }

    void forget() {
        assigned.clear();
    }
}
