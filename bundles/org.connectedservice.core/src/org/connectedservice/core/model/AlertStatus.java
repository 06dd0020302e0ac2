package org.connectedservice.core.model;

/** ACTIVE while the rule is broken, CLEARED once the reading is back within the rule, CLOSED when an agent closed it. */
public enum AlertStatus {
    ACTIVE, CLEARED, CLOSED
}
