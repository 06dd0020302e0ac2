package org.connectedservice.core.simulation;

/**
 * The simulated devices' link to an IoT Hub: connected (text says where and how), or not (text says why and what to
 * do, or is empty while the devices run embedded only).
 */
public record HubConnection(boolean connected, String text) {

    public static final HubConnection EMBEDDED = new HubConnection(false, "");

    public boolean isProblem() {
        return !connected && !text.isEmpty();
    }
}
