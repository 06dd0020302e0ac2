package org.connectedservice.iothub.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.connect.HubPolicyKey;

import com.azure.core.credential.AzureSasCredential;

/**
 * The shared access signature the service clients send, made from the profile's policy name and key (see
 * HubPolicyKey). One credential is shared by every client
 * and given a new token when the current one has less than REFRESH_BEFORE left, so a console left running for days
 * never sends an expired token.
 */
final class ServiceSas {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(10);

    private final String resource;
    private final HubPolicyKey key;
    private final Clock clock;
    private final AzureSasCredential credential;
    private Instant expiry;

    private ServiceSas(String resource, HubPolicyKey key, Clock clock) {
        this.resource = resource;
        this.key = key;
        this.clock = clock;
        this.expiry = clock.instant().plus(LIFETIME);
        this.credential = new AzureSasCredential(token(expiry));
    }

    /** @throws IllegalArgumentException saying which part of the profile is wrong and where to copy it from */
    static ServiceSas of(String resource, String policy, String base64Key, Clock clock) {
        return new ServiceSas(resource, HubPolicyKey.of(policy, base64Key), clock);
    }

    String policy() {
        return key.policy();
    }

    /** The credential, with a token that is good for at least REFRESH_BEFORE more. */
    synchronized AzureSasCredential credential() {
        Instant now = clock.instant();
        if (!now.plus(REFRESH_BEFORE).isBefore(expiry)) {
            expiry = now.plus(LIFETIME);
            credential.update(token(expiry));
        }
        return credential;
    }

    synchronized Instant expiry() {
        return expiry;
    }

    private String token(Instant until) {
        return key.token(resource, until);
    }
}
