package org.connectedservice.core.cases;

/** Whether a case still needs work (Dynamics' incident statecode Active or Resolved). */
public enum CaseStatus {
    ACTIVE("Active"), RESOLVED("Resolved");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
