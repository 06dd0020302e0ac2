package org.connectedservice.core.simulation;

public enum SimulatorRunState {
    RUNNING, PAUSED, STOPPED
}
