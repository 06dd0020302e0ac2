package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules that apply to devices of one type and asset (and, for devices named by a rule, one device), grouped by
 * measurement. Device firmware differs in how it capitalises measurement names, so a rule matches any spelling;
 * each spelling met is remembered so the next lookup is a single hash probe.
 */
final class Profile {

    static final int MAX_SPELLINGS = 256;
    private static final MeasurementGroup NOT_WATCHED = new MeasurementGroup(-1, List.of(), key -> null);

    private final MeasurementGroup[] groups;
    private final int slots;
    private final Map<PaneAggregate, WindowGroup> byAggregate = new IdentityHashMap<>();
    private final Map<String, MeasurementGroup> byLowerName = new HashMap<>();
    private final Map<String, MeasurementGroup> bySpelling = new HashMap<>();

    /** aggregates gives the shared aggregate of a window. */
    Profile(List<CompiledRule> rules, Function<PaneAggregate.Key, PaneAggregate> aggregates) {
        Map<String, List<CompiledRule>> byName = new LinkedHashMap<>();
        for (CompiledRule rule : rules) {
            byName.computeIfAbsent(lower(rule.rule.measurement()), m -> new ArrayList<>()).add(rule);
        }
        groups = new MeasurementGroup[byName.size()];
        int slot = 0;
        int i = 0;
        for (Map.Entry<String, List<CompiledRule>> entry : byName.entrySet()) {
            MeasurementGroup group = new MeasurementGroup(slot, entry.getValue(), aggregates);
            slot += group.slots();
            groups[i++] = group;
            byLowerName.put(entry.getKey(), group);
            bySpelling.put(entry.getValue().get(0).rule.measurement(), group);
            for (WindowGroup window : group.windows()) {
                byAggregate.put(window.aggregate, window);
            }
        }
        this.slots = slot;
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

    /** The rules of the profile that judge the aggregate's windows, or null when none does. */
    WindowGroup windowGroup(PaneAggregate aggregate) {
        return byAggregate.get(aggregate);
    }

    /** A device's previous values: one per measurement group and per window group, NaN before the first. */
    double[] newPrevious() {
        double[] previous = new double[slots];
        Arrays.fill(previous, Double.NaN);
        return previous;
    }
}
