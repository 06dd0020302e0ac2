package org.connectedservice.iothub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.connectedservice.simulator.transport.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated devices' identities in a hub registry reached over HTTPS with the policy's signature. */
class DeviceIdentitiesTest {

    private static final String HAND_MADE_KEY = "aGFuZC1tYWRlLWtleS1mb3ItcHVtcC0wMDAwMDAwMDA=";

    @TempDir
    static Path folder;

    private static TestCertificate certificate;
    private LocalRegistry registry;
    private HttpClient http;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(folder);
    }

    @BeforeEach
    void startRegistry() throws Exception {
        registry = new LocalRegistry(certificate, HubTestbed.POLICY_KEY);
        http = HttpClient.newBuilder().sslContext(certificate.clientContext()).build();
    }

    @AfterEach
    void stopRegistry() {
        http.close();
        registry.close();
    }

    private DeviceIdentities identities(String policy) throws TransportException {
        return new DeviceIdentities(http, HubAddress.parse(registry.hostName()),
                SasTokens.of(policy, HubTestbed.POLICY_KEY), policy, Clock.systemUTC());
    }

    private static List<String> pumps(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("pump-%03d", i)).toList();
    }

    @Test
    void aLargeFleetIsCreatedAHundredDevicesPerRequestWithKeysThatAreTheSameEveryRun() throws Exception {
        SasTokens tokens = SasTokens.of(LocalRegistry.POLICY, HubTestbed.POLICY_KEY);

        Map<String, String> first = identities(LocalRegistry.POLICY).keys(pumps(250), true);
        Map<String, String> second = identities(LocalRegistry.POLICY).keys(pumps(250), true);

        assertEquals(List.of(100, 100, 50, 100, 100, 50), registry.bulkSizes());
        assertEquals(pumps(250), List.copyOf(first.keySet()), "keys in fleet order");
        assertEquals(first, second, "the second run reads back the keys the first one created");
        assertEquals(tokens.deviceKey("pump-042"), first.get("pump-042"));
        assertEquals(first.get("pump-250"), registry.keyOf("pump-250"));
    }

    @Test
    void aDeviceRegisteredByHandKeepsItsOwnKey() throws Exception {
        registry.register("pump-002", HAND_MADE_KEY);

        Map<String, String> keys = identities(LocalRegistry.POLICY).keys(pumps(3), true);

        assertEquals(HAND_MADE_KEY, keys.get("pump-002"));
        assertEquals(HAND_MADE_KEY, registry.keyOf("pump-002"));
        assertEquals(registry.keyOf("pump-003"), keys.get("pump-003"));
    }

    @Test
    void withoutBulkCreationTheDevicesMustExistAndAMissingOneIsNamed() throws Exception {
        registry.register("pump-001", HAND_MADE_KEY);

        assertEquals(Map.of("pump-001", HAND_MADE_KEY), identities(LocalRegistry.POLICY).keys(pumps(1), false));
        TransportException missing = assertThrows(TransportException.class,
                () -> identities(LocalRegistry.POLICY).keys(pumps(2), false));

        assertTrue(missing.getMessage().startsWith("Device pump-002 is not in IoT Hub " + certificate.address()
                + "'s registry. Allow "
                + "creating devices in bulk"), missing.getMessage());
        assertTrue(registry.bulkSizes().isEmpty(), "nothing created");
    }

    @Test
    void aPolicyWithoutRegistryWriteRightsIsToldWhichRightsItNeeds() throws Exception {
        TransportException refused = assertThrows(TransportException.class,
                () -> identities(LocalRegistry.READ_ONLY_POLICY).keys(pumps(2), true));

        assertTrue(refused.getMessage().startsWith("The shared access policy 'registryRead' may not create devices"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("'Registry write' and 'Device connect'"), refused.getMessage());
    }
}
