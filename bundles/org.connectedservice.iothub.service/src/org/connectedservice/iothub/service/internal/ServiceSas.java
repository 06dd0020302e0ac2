package org.connectedservice.iothub.service.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.azure.core.credential.AzureSasCredential;

/**
 * The shared access signature the service clients send, made from the profile's policy name and key as IoT Hub
 * documents it (HMAC-SHA256 of the URL-encoded resource and the expiry). One credential is shared by every client
 * and given a new token when the current one has less than REFRESH_BEFORE left, so a console left running for days
 * never sends an expired token.
 */
final class ServiceSas {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(10);

    private final String resource;
    private final String policy;
    private final byte[] key;
    private final Clock clock;
    private final AzureSasCredential credential;
    private Instant expiry;

    private ServiceSas(String resource, String policy, byte[] key, Clock clock) {
        this.resource = resource;
        this.policy = policy;
        this.key = key;
        this.clock = clock;
        this.expiry = clock.instant().plus(LIFETIME);
        this.credential = new AzureSasCredential(token(expiry));
    }

    /** @throws IllegalArgumentException saying which part of the profile is wrong and where to copy it from */
    static ServiceSas of(String resource, String policy, String base64Key, Clock clock) {
        if (policy == null || policy.isBlank()) {
            throw new IllegalArgumentException("the connection profile has no shared access policy name; enter the"
                    + " name of a hub policy with registry and service connect rights, such as iothubowner");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("the shared access key of policy '" + policy.strip() + "' is not a"
                    + " base64 key; copy the primary key from the hub's 'Shared access policies' page");
        }
        return new ServiceSas(resource, policy.strip(), key, clock);
    }

    String policy() {
        return policy;
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
        String encoded = URLEncoder.encode(resource, StandardCharsets.UTF_8);
        long seconds = until.getEpochSecond();
        String signature = sign(encoded + "\n" + seconds);
        return "SharedAccessSignature sr=" + encoded + "&sig=" + URLEncoder.encode(signature, StandardCharsets.UTF_8)
                + "&se=" + seconds + "&skn=" + URLEncoder.encode(policy, StandardCharsets.UTF_8);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
