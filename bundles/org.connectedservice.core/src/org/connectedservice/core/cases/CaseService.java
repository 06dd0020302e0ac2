package org.connectedservice.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.model.IotAlert;

/**
 * Cases and work orders made from IoT alerts, as an agent of Connected Customer Service makes them: an alert becomes
 * a case, a case gets work orders. Kept in the workspace; ids never repeat, also across restarts.
 */
public interface CaseService {

    /**
     * Opens the case of this alert; an alert has at most one case, so asking again returns the one it has.
     *
     * @throws IllegalArgumentException when the title is blank; nothing is recorded then
     */
    ServiceCase createCase(IotAlert alert, String title, String user);

    /**
     * Adds a work order to an active case.
     *
     * @throws IllegalArgumentException when the case is unknown or resolved, or the type is blank; nothing is
     *             recorded then
     */
    WorkOrder createWorkOrder(String caseId, String type, String instructions, String user);

    /** Moves a work order on. @throws IllegalArgumentException when the work order is unknown */
    WorkOrder updateWorkOrder(String workOrderId, WorkOrderStatus status);

    /** Resolves an active case; resolving it again changes nothing. @throws IllegalArgumentException when unknown */
    ServiceCase resolve(String caseId, String resolution);

    Optional<ServiceCase> caseOfAlert(long alertId);

    Optional<ServiceCase> find(String caseId);

    /** Oldest first. */
    List<WorkOrder> workOrdersOf(String caseId);

    /** Cases and work orders of the device created from (inclusive) to (exclusive), oldest first. */
    List<ServiceRecord> ofDevice(String deviceId, Instant from, Instant to);

    /** Every case, newest first. */
    List<ServiceCase> cases();

    /** Lines of the stored files that could not be read, each naming file and line; they are kept as they are. */
    List<String> problems();

    /** Hears every case and work order created or changed, on the thread that changed it. */
    AutoCloseable subscribe(Consumer<ServiceRecord> listener);
}
