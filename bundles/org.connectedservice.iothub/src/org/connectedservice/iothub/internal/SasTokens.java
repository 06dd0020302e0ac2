package org.connectedservice.iothub.internal;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.connect.HubPolicyKey;
import org.connectedservice.simulator.transport.TransportException;

/**
 * Shared access signatures from a hub policy's key: a token for the registry, and the per-device keys the simulator
 * gives the devices it creates (the scheme DPS group enrollments use).
 */
final class SasTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final HubPolicyKey key;

    private SasTokens(HubPolicyKey key) {
        this.key = key;
    }

    static SasTokens of(String policyName, String base64Key) throws TransportException {
        try {
            return new SasTokens(HubPolicyKey.of(policyName, base64Key));
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage());
        }
    }

    /** A token for the hub's service endpoints (registry), signed with the policy key. */
    String serviceToken(String host, Instant now) {
        return key.token(host, now.plus(LIFETIME));
    }

    /** The key the simulator gives a device it creates. */
    String deviceKey(String deviceId) {
        return key.sign(deviceId);
    }
}
