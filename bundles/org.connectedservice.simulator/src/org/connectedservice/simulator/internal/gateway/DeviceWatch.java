package org.connectedservice.simulator.internal.gateway;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.InjectionKind;

/**
 * What the hub sees of each simulated device from one look to the next: connected unless rebooting, disconnected
 * or the simulator is not running; answering unless its data drops out (the device hangs); active when its message
 * count grew while connected; a heartbeat when it sends again after a reboot.
 */
final class DeviceWatch {

    private static final class Seen {
        long sent = -1;
        boolean connected;
        boolean answering;
        boolean awaitingHeartbeat;
        Instant lastActivity;
        Instant lastHeartbeat;
    }

    private final Map<String, Seen> byId = new HashMap<>();

    synchronized void update(List<DeviceStatus> statuses, boolean running, Instant now) {
        Set<String> present = new HashSet<>();
        for (DeviceStatus status : statuses) {
            present.add(status.deviceId());
            Seen seen = byId.computeIfAbsent(status.deviceId(), id -> new Seen());
            boolean rebooting = status.state() == DeviceState.REBOOTING;
            seen.connected = running && !rebooting && !status.activeFaults().contains(InjectionKind.DISCONNECT);
            seen.answering = seen.connected && !status.activeFaults().contains(InjectionKind.DROPOUT);
            boolean sentMore = status.messagesSent() > Math.max(seen.sent, 0);
            if (seen.connected && sentMore) {
                seen.lastActivity = now;
                if (seen.awaitingHeartbeat) {
                    seen.lastHeartbeat = now;
                    seen.awaitingHeartbeat = false;
                }
            }
            seen.awaitingHeartbeat |= rebooting;
            seen.sent = status.messagesSent();
        }
        byId.keySet().retainAll(present);
    }

    /** The device was told to reboot; its next message is the heartbeat, however short the silence. */
    synchronized void expectHeartbeat(String deviceId) {
        Seen seen = byId.get(deviceId);
        if (seen != null) {
            seen.awaitingHeartbeat = true;
            seen.connected = false;
            seen.answering = false;
        }
    }

    synchronized boolean known(String deviceId) {
        return byId.containsKey(deviceId);
    }

    synchronized boolean connected(String deviceId) {
        Seen seen = byId.get(deviceId);
        return seen != null && seen.connected;
    }

    synchronized boolean answering(String deviceId) {
        Seen seen = byId.get(deviceId);
        return seen != null && seen.answering;
    }

    synchronized Map<String, DeviceConnection> connections() {
        Map<String, DeviceConnection> all = new HashMap<>();
        byId.forEach((id, seen) -> all.put(id, new DeviceConnection(id,
                seen.connected ? ConnectionState.CONNECTED : ConnectionState.DISCONNECTED, seen.lastActivity,
                seen.lastHeartbeat)));
        return all;
    }
}
