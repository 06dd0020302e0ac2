package org.connectedservice.core.cases;

/** Where a work order stands (msdyn_systemstatus of msdyn_workorder, without Posted and Canceled). */
public enum WorkOrderStatus {
    UNSCHEDULED("Unscheduled"), SCHEDULED("Scheduled"), IN_PROGRESS("In Progress"), COMPLETED("Completed");

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
