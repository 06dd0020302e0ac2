package org.connectedservice.core.devices;

import java.time.Instant;

/**
 * What the hub knows of a device's link: its state, when it last sent anything, and when it last sent a heartbeat
 * (null when not seen yet).
 */
public record DeviceConnection(String deviceId, ConnectionState state, Instant lastActivity, Instant lastHeartbeat) {
}
