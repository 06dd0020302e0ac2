package org.connectedservice.engine.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;

/**
 * Gives rules their version numbers. A fault names rule id and version, so one id+version must only ever mean one
 * rule text: a rule unchanged from the active set keeps its number, any other text of an id gets one more than the
 * highest number that id ever had, and a new id starts at 1.
 */
public final class RuleVersioning {

    private RuleVersioning() {
    }

    public static List<ThresholdRule> number(List<ThresholdRule> proposed, List<ThresholdRule> active,
            List<RuleSetVersion> history) {
        Map<String, ThresholdRule> current = new HashMap<>();
        active.forEach(r -> current.put(r.id(), r));
        Map<String, Integer> highest = new HashMap<>();
        for (RuleSetVersion version : history) {
            version.rules().forEach(r -> highest.merge(r.id(), r.version(), Math::max));
        }
        return proposed.stream().map(r -> {
            ThresholdRule now = current.get(r.id());
            if (now != null && sameContent(now, r)) {
                return r.withVersion(now.version());
            }
            return r.withVersion(highest.getOrDefault(r.id(), 0) + 1);
        }).toList();
    }

    /** Whether two rules say the same thing, whatever their version numbers. */
    public static boolean sameContent(ThresholdRule a, ThresholdRule b) {
        return a.withVersion(0).equals(b.withVersion(0));
    }

    public static boolean sameContent(List<ThresholdRule> a, List<ThresholdRule> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameContent(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
