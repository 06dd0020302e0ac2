package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that apply to devices of one type and asset (and, for devices named by a rule, one device), grouped by
 * measurement. Device firmware differs in how it capitalises measurement names, so a rule matches any spelling;
 * each spelling met is remembered so the next lookup is a single hash probe.
 */
final class Profile {

    static final int MAX_SPELLINGS = 256;
    private static final MeasurementGroup NOT_WATCHED = new MeasurementGroup(-1, List.of());

    private final MeasurementGroup[] groups;
    private final Map<String, MeasurementGroup> byLowerName = new HashMap<>();
    private final Map<String, MeasurementGroup> bySpelling = new HashMap<>();

    Profile(List<CompiledRule> rules) {
        Map<String, List<CompiledRule>> byName = new LinkedHashMap<>();
        for (CompiledRule rule : rules) {
            byName.computeIfAbsent(lower(rule.rule.measurement()), m -> new ArrayList<>()).add(rule);
        }
        groups = new MeasurementGroup[byName.size()];
        int slot = 0;
        for (Map.Entry<String, List<CompiledRule>> entry : byName.entrySet()) {
            MeasurementGroup group = new MeasurementGroup(slot, entry.getValue());
            groups[slot++] = group;
            byLowerName.put(entry.getKey(), group);
            bySpelling.put(entry.getValue().get(0).rule.measurement(), group);
        }
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return groups.length == 0;
    }

    MeasurementGroup group(String measurement) {
        MeasurementGroup group = bySpelling.get(measurement);
        if (group == null) {
            group = byLowerName.getOrDefault(lower(measurement), NOT_WATCHED);
            if (bySpelling.size() < MAX_SPELLINGS) {
                bySpelling.put(measurement, group);
            }
        }
        return group == NOT_WATCHED ? null : group;
    }

    double[] newPrevious() {
        double[] previous = new double[groups.length];
        Arrays.fill(previous, Double.NaN);
        return previous;
    }
}
