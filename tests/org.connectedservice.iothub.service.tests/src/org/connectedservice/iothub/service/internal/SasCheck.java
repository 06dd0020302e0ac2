package org.connectedservice.iothub.service.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a SharedAccessSignature the way IoT Hub does: resource, policy, expiry and HMAC-SHA256 signature. */
final class SasCheck {

    private SasCheck() {
    }

    /** Null when the token is good for the resource and policy, else why not. */
    static String refusal(String token, String resource, String policy, String base64Key, long nowMillis) {
        if (token == null || !token.startsWith("SharedAccessSignature ")) {
            return "no SharedAccessSignature";
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : token.substring("SharedAccessSignature ".length()).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        String sr = fields.getOrDefault("sr", "");
        if (!URLDecoder.decode(sr, StandardCharsets.UTF_8).equalsIgnoreCase(resource)) {
            return "token for '" + sr + "', not '" + resource + "'";
        }
        if (!policy.equals(URLDecoder.decode(fields.getOrDefault("skn", ""), StandardCharsets.UTF_8))) {
            return "unknown policy";
        }
        long expiry = Long.parseLong(fields.getOrDefault("se", "0"));
        if (expiry * 1000 < nowMillis) {
            return "token expired";
        }
        String signature = URLDecoder.decode(fields.getOrDefault("sig", ""), StandardCharsets.UTF_8);
        String expected = sign(base64Key, sr + "\n" + expiry);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII)) ? null : "signature does not match the key";
    }

    private static String sign(String base64Key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
