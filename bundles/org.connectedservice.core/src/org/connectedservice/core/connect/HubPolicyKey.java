package org.connectedservice.core.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an IoT Hub shared access policy and what it signs, as IoT Hub documents it: shared access signatures
 * for the hub's endpoints (HMAC-SHA256 of the URL-encoded resource and the expiry) and the keys of the devices the
 * simulator creates (HMAC-SHA256 of the device id, so a device gets the same key every run).
 */
public final class HubPolicyKey {

    private final String policy;
    private final byte[] key;

    private HubPolicyKey(String policy, byte[] key) {
        this.policy = policy;
        this.key = key;
    }

    /** @throws IllegalArgumentException saying which part of the profile is wrong and where to copy it from */
    public static HubPolicyKey of(String policyName, String base64Key) {
        if (policyName == null || policyName.isBlank()) {
            throw new IllegalArgumentException("The connection profile has no shared access policy name. Enter the "
                    + "name of a hub policy with registry write, service connect and device connect rights, such as "
                    + "iothubowner.");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            decoded = new byte[0];
        }
        if (decoded.length == 0) {
            throw new IllegalArgumentException("The shared access key of policy '" + policyName.strip() + "' is not a"
                    + " base64 key. Copy the primary key from the hub's 'Shared access policies' page.");
        }
        return new HubPolicyKey(policyName.strip(), decoded);
    }

    public String policy() {
        return policy;
    }

    /** The Authorization value for a resource (a host name, or host/devices/id), good until expiry. */
    public String token(String resource, Instant expiry) {
        String encoded = URLEncoder.encode(resource, StandardCharsets.UTF_8);
        long seconds = expiry.getEpochSecond();
        String signature = sign(encoded + "\n" + seconds);
        return "SharedAccessSignature sr=" + encoded + "&sig=" + URLEncoder.encode(signature, StandardCharsets.UTF_8)
                + "&se=" + seconds + "&skn=" + URLEncoder.encode(policy, StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of the text under the policy key, base64-encoded. */
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
