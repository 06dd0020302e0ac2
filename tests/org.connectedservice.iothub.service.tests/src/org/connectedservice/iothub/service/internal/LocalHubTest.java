package org.connectedservice.iothub.service.internal;

import java.nio.file.Path;
import java.time.Clock;

import javax.net.ssl.HttpsURLConnection;

import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local hub with a certificate made for the test, and a gateway on it. The service SDK's HTTPS requests use the
 * JVM's default socket factory (it offers no SSLContext for them), so the test JVM trusts the test certificate there,
 * as a console trusts a real hub's public certificate through the JVM's trust store.
 */
abstract class LocalHubTest {

    static final String WRONG_KEY = "d3Jvbmcta2V5LWZvci10aGUtbG9jYWwtaHVi";

    @TempDir
    static Path certificateFolder;
    static TestCertificate certificate;

    LocalServiceHub hub;
    HubGateway gateway;

    @BeforeAll
    static void trustTheLocalHub() throws Exception {
        certificate = TestCertificate.create(certificateFolder);
        HttpsURLConnection.setDefaultSSLSocketFactory(certificate.clientContext().getSocketFactory());
    }

    @BeforeEach
    void startHub() throws Exception {
        hub = new LocalServiceHub(certificate.serverContext());
        gateway = HubGateway.connect(settings(hub.hostName(), LocalServiceHub.POLICY_KEY), null, Clock.systemUTC());
    }

    @AfterEach
    void stopHub() throws Exception {
        gateway.close();
        hub.close();
    }

    static IotHubSettings settings(String hostName, String key) {
        return new IotHubSettings(hostName, LocalServiceHub.POLICY, key, DeviceProtocol.MQTT, false);
    }
}
