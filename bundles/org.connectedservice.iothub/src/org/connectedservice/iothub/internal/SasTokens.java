package org.connectedservice.iothub.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.connectedservice.simulator.transport.TransportException;

/**
 * Shared access signatures from a hub policy's key: a token for the registry, and the per-device keys the simulator
 * gives the devices it creates (HMAC-SHA256 of the device id under the policy key, the scheme DPS group enrollments
 * use), so the same device gets the same key every run.
 */
final class SasTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final byte[] policyKey;
    private final String policyName;

    private SasTokens(byte[] policyKey, String policyName) {
        this.policyKey = policyKey;
        this.policyName = policyName;
    }

    static SasTokens of(String policyName, String base64Key) throws TransportException {
        if (policyName == null || policyName.isBlank()) {
            throw new TransportException("The connection profile has no shared access policy name. Enter the name "
                    + "of a hub policy with registry write and device connect rights, such as iothubowner.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length == 0) {
            throw new TransportException("The shared access key of policy '" + policyName + "' is not a base64 key. "
                    + "Copy the primary key from the hub's 'Shared access policies' page.");
        }
        return new SasTokens(key, policyName.strip());
    }

    /** A token for the hub's service endpoints (registry), signed with the policy key. */
    String serviceToken(String host, Instant now) {
        long expiry = now.plus(LIFETIME).getEpochSecond();
        String resource = URLEncoder.encode(host, StandardCharsets.UTF_8);
        String signature = sign(policyKey, resource + "\n" + expiry);
        return "SharedAccessSignature sr=" + resource + "&sig=" + URLEncoder.encode(signature, StandardCharsets.UTF_8)
                + "&se=" + expiry + "&skn=" + URLEncoder.encode(policyName, StandardCharsets.UTF_8);
    }

    /** The key the simulator gives a device it creates. */
    String deviceKey(String deviceId) {
        return sign(policyKey, deviceId);
    }

    private static String sign(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
