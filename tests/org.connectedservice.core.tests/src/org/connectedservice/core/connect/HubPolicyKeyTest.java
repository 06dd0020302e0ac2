package org.connectedservice.core.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Signatures checked against values computed independently (Python's hmac and base64). */
class HubPolicyKeyTest {

    private static final String KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";

    @Test
    void aDeviceKeyIsTheDeviceIdSignedWithThePolicyKey() {
        assertEquals("QGThH5YpiGw5pChsUePfEoRcz5uLDo1vNZGOVtYcSxU=",
                HubPolicyKey.of("iothubowner", KEY).sign("thermostat-01"));
    }

    @Test
    void aTokenNamesTheResourceExpiryAndPolicyAndSignsThem() {
        String token = HubPolicyKey.of(" iothubowner ", KEY).token("contoso-hub.azure-devices.net",
                Instant.ofEpochSecond(1764150000L));
        assertEquals("SharedAccessSignature sr=contoso-hub.azure-devices.net"
                + "&sig=e87GX6Y2BvR0yiQD4evyd0t5W79tyiKvJUSRJaN61as%3D&se=1764150000&skn=iothubowner", token);
    }

    @Test
    void aMissingPolicyOrAKeyThatIsNotBase64SaysWhatToCopy() {
        String noPolicy = assertThrows(IllegalArgumentException.class, () -> HubPolicyKey.of(" ", KEY)).getMessage();
        assertTrue(noPolicy.contains("such as iothubowner"), noPolicy);
        String badKey = assertThrows(IllegalArgumentException.class, () -> HubPolicyKey.of("iothubowner", "not key!"))
                .getMessage();
        assertTrue(badKey.contains("is not a base64 key") && badKey.contains("Shared access policies"), badKey);
    }
}
