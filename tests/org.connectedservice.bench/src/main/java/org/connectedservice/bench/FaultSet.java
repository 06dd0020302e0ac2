package org.connectedservice.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;

/**
 * The faults of one run as comparable keys: raised or cleared, device, rule, window start and time (epoch ms).
 * Faults are kept as they come and turned into keys after the clock stopped, so comparing costs neither engine.
 */
final class FaultSet {

    private record Raw(boolean raised, String deviceId, String ruleId, long since, long time) {
    }

    private final List<Raw> raw = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();

    void add(List<Fault> engineFaults) {
        if (!engineFaults.isEmpty()) {
            faults.addAll(engineFaults);
        }
    }

    void add(boolean raised, String deviceId, String ruleId, long since, long time) {
        raw.add(new Raw(raised, deviceId, ruleId, since, time));
    }

    int size() {
        return raw.size() + faults.size();
    }

    long raised() {
        return raw.stream().filter(Raw::raised).count()
                + faults.stream().filter(f -> f.kind() == FaultKind.RAISED).count();
    }

    Set<String> keys() {
        Set<String> keys = new HashSet<>(size() * 2);
        for (Raw r : raw) {
            keys.add(key(r.raised, r.deviceId, r.ruleId, r.since, r.time));
        }
        for (Fault f : faults) {
            keys.add(key(f.kind() == FaultKind.RAISED, f.deviceId(), f.ruleId(), f.windowStart().toEpochMilli(),
                    f.time().toEpochMilli()));
        }
        return keys;
    }

    /** True when both hold the same faults and none twice. */
    boolean sameAs(FaultSet other) {
        Set<String> mine = keys();
        Set<String> theirs = other.keys();
        return mine.size() == size() && theirs.size() == other.size() && mine.equals(theirs);
    }

    /** A few faults only one side has, to show when the sets differ. */
    List<String> differences(FaultSet other, int max) {
        Set<String> mine = keys();
        Set<String> theirs = other.keys();
        List<String> out = new ArrayList<>();
        for (String k : mine) {
            if (!theirs.contains(k) && out.size() < max) {
                out.add("only ours:  " + k);
            }
        }
        for (String k : theirs) {
            if (!mine.contains(k) && out.size() < 2 * max) {
                out.add("only Esper: " + k);
            }
        }
        return out;
    }

    private static String key(boolean raised, String deviceId, String ruleId, long since, long time) {
        return (raised ? "R|" : "C|") + deviceId + '|' + ruleId + '|' + since + '|' + time;
    }
}
