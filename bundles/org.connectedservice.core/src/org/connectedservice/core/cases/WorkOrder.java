package org.connectedservice.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A work order for a case (msdyn_workorder with the case as msdyn_servicerequest): what to do at the device. */
public record WorkOrder(String id, String caseId, String deviceId, String type, String instructions,
        WorkOrderStatus status, Instant created, String createdBy) implements ServiceRecord {

    /** The work order types offered; any other non-blank type is accepted too. */
    public static final List<String> TYPES = List.of("Inspect", "Repair", "Replace", "Calibrate");

    public WorkOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(created, "created");
        type = type == null ? "" : type.strip();
        instructions = instructions == null ? "" : instructions.strip();
        status = status == null ? WorkOrderStatus.UNSCHEDULED : status;
        createdBy = createdBy == null ? "" : createdBy;
    }

    public WorkOrder withStatus(WorkOrderStatus newStatus) {
        return new WorkOrder(id, caseId, deviceId, type, instructions, newStatus, created, createdBy);
    }
}
