package org.connectedservice.core.simulation;

/** How a simulated device looks in the simulator view's device list. */
public enum DeviceState {
    /** Sending at its interval, no fault injected. */
    ONLINE,
    /** Silent after a reboot command until its heartbeat. */
    REBOOTING,
    /** Sending nothing to the hub: its data drops out or it is disconnected. */
    SILENT,
    /** Sending, with an injected fault shaping what it sends. */
    FAULTY
}
