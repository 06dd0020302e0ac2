package org.connectedservice.ui.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;

/**
 * What the Cases part shows, read from the case service off the UI thread: every case, newest first, with its work
 * orders, oldest first, and the texts of their table cells.
 */
record CaseBoard(List<ServiceCase> cases, Map<String, List<WorkOrder>> workOrders) {

    static final CaseBoard EMPTY = new CaseBoard(List.of(), Map.of());
    static final String[] CASE_COLUMNS = { "Case", "Device", "Title", "Priority", "Status", "Created", "By",
            "Resolution" };
    static final String[] WORK_ORDER_COLUMNS = { "Work order", "Type", "Status", "Instructions", "Created", "By" };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    static CaseBoard readFrom(CaseService service) {
        Map<String, List<WorkOrder>> orders = new LinkedHashMap<>();
        List<ServiceCase> cases = service.cases();
        for (ServiceCase c : cases) {
            orders.put(c.id(), List.copyOf(service.workOrdersOf(c.id())));
        }
        return new CaseBoard(List.copyOf(cases), orders);
    }

    List<WorkOrder> workOrdersOf(String caseId) {
        return workOrders.getOrDefault(caseId, List.of());
    }

    List<WorkOrder> openWorkOrdersOf(String caseId) {
        return workOrdersOf(caseId).stream().filter(w -> w.status() != WorkOrderStatus.COMPLETED).toList();
    }

    /** "3 cases, 2 active; 1 of 4 work orders open". */
    String summary() {
        long active = cases.stream().filter(c -> c.status() == CaseStatus.ACTIVE).count();
        long orders = workOrders.values().stream().mapToLong(List::size).sum();
        long open = workOrders.values().stream().flatMap(List::stream)
                .filter(w -> w.status() != WorkOrderStatus.COMPLETED).count();
        return cases.size() + (cases.size() == 1 ? " case, " : " cases, ") + active + " active; " + open + " of "
                + orders + (orders == 1 ? " work order open" : " work orders open");
    }

    static String[] cells(ServiceCase c) {
        return new String[] { c.id(), c.deviceId(), c.title(), c.priority().label(), c.status().label(),
                TIME.format(c.created()), c.createdBy(), c.resolution() };
    }

    static String[] cells(WorkOrder w) {
        return new String[] { w.id(), w.type(), w.status().label(), w.instructions(), TIME.format(w.created()),
                w.createdBy() };
    }

    /** The step after this one (Unscheduled, Scheduled, In Progress, Completed), or none after Completed. */
    static Optional<WorkOrderStatus> next(WorkOrderStatus status) {
        WorkOrderStatus[] steps = WorkOrderStatus.values();
        return status.ordinal() + 1 < steps.length ? Optional.of(steps[status.ordinal() + 1]) : Optional.empty();
    }
}
