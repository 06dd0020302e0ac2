package org.connectedservice.core.model;

public enum FaultKind {
    RAISED, CLEARED
}
