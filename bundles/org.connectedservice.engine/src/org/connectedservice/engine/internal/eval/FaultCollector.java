package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedservice.core.model.Fault;

/** Gathers the faults of one evaluator call; most calls produce none, so the list is only made for the first. */
final class FaultCollector {

    private ArrayList<Fault> faults;

    void add(Fault fault) {
        if (faults == null) {
            faults = new ArrayList<>(4);
        }
        faults.add(fault);
    }

    void addAll(List<Fault> more) {
        for (Fault fault : more) {
            add(fault);
        }
    }

    int size() {
        return faults == null ? 0 : faults.size();
    }

    /** Stable-sorts the faults added since the collector held from of them. */
    void sortFrom(int from, Comparator<Fault> order) {
        faults.subList(from, faults.size()).sort(order);
    }

    boolean holdsAny() {
        return faults != null;
    }

    List<Fault> drain() {
        if (faults == null) {
            return List.of();
        }
        List<Fault> out = faults;
        faults = null;
        return out;
    }
}
