package org.connectedservice.ui.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;

/**
 * Which case each alert has and which work orders each case has, for the alerts table's Case column; fed from the
 * case service's subscription off the UI thread, read by the table on it.
 */
final class CaseIndex {

    private final Map<Long, ServiceCase> caseOfAlert = new HashMap<>();
    private final Map<String, Map<String, WorkOrder>> workOrdersOfCase = new HashMap<>();

    synchronized void put(ServiceRecord record) {
        switch (record) {
            case ServiceCase c -> caseOfAlert.put(c.alertId(), c);
            case WorkOrder w -> workOrdersOfCase.computeIfAbsent(w.caseId(), id -> new TreeMap<>())
                    .put(w.id(), w);
        }
    }

    synchronized Optional<ServiceCase> caseOf(long alertId) {
        return Optional.ofNullable(caseOfAlert.get(alertId));
    }

    synchronized List<WorkOrder> workOrdersOf(String caseId) {
        return new ArrayList<>(workOrdersOfCase.getOrDefault(caseId, Map.of()).values());
    }

    /** The Case column: "CAS-01001 Active: WO-00001 Inspect, WO-00002 Repair", or "" when the alert has no case. */
    synchronized String text(long alertId) {
        ServiceCase c = caseOfAlert.get(alertId);
        if (c == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(c.id());
        if (c.status() == CaseStatus.RESOLVED) {
            text.append(' ').append(c.status().label());
        }
        String separator = ": ";
        for (WorkOrder w : workOrdersOfCase.getOrDefault(c.id(), Map.of()).values()) {
            text.append(separator).append(w.id()).append(' ').append(w.type());
            separator = ", ";
        }
        return text.toString();
    }
}
