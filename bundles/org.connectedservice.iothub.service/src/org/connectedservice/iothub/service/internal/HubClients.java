package org.connectedservice.iothub.service.internal;

import javax.net.ssl.SSLContext;

import com.azure.core.credential.AzureSasCredential;
import com.microsoft.azure.sdk.iot.service.messaging.IotHubServiceClientProtocol;
import com.microsoft.azure.sdk.iot.service.messaging.MessageFeedbackProcessorClientOptions;
import com.microsoft.azure.sdk.iot.service.messaging.MessagingClient;
import com.microsoft.azure.sdk.iot.service.messaging.MessagingClientOptions;
import com.microsoft.azure.sdk.iot.service.methods.DirectMethodsClient;
import com.microsoft.azure.sdk.iot.service.methods.DirectMethodsClientOptions;
import com.microsoft.azure.sdk.iot.service.query.QueryClient;
import com.microsoft.azure.sdk.iot.service.registry.RegistryClient;
import com.microsoft.azure.sdk.iot.service.twin.TwinClient;

/**
 * The service SDK's clients for one hub, all on the one refreshed credential; every getter refreshes it first. The
 * HTTPS clients use the (hostName, AzureSasCredential) constructors, which accept a host with a port; the AMQPS
 * clients always dial port 5671 of the bare host. tls is null for the JVM's trust store.
 */
final class HubClients {

    static final int HTTP_TIMEOUT_SECONDS = 30;

    private final HubEndpoint endpoint;
    private final ServiceSas sas;
    private final SSLContext tls;
    private final RegistryClient registry;
    private final TwinClient twins;
    private final QueryClient query;

    HubClients(HubEndpoint endpoint, ServiceSas sas, SSLContext tls) {
        this.endpoint = endpoint;
        this.sas = sas;
        this.tls = tls;
        AzureSasCredential credential = sas.credential();
        registry = new RegistryClient(endpoint.sdkHost(), credential);
        twins = new TwinClient(endpoint.sdkHost(), credential);
        query = new QueryClient(endpoint.sdkHost(), credential);
    }

    HubEndpoint endpoint() {
        return endpoint;
    }

    RegistryClient registry() {
        sas.credential();
        return registry;
    }

    TwinClient twins() {
        sas.credential();
        return twins;
    }

    QueryClient query() {
        sas.credential();
        return query;
    }

    /** A method client whose HTTP read waits long enough for the hub's own connect and response timeouts. */
    DirectMethodsClient methods(int readTimeoutSeconds) {
        return new DirectMethodsClient(endpoint.sdkHost(), sas.credential(), DirectMethodsClientOptions.builder()
                .httpReadTimeoutSeconds(readTimeoutSeconds).httpConnectTimeoutSeconds(HTTP_TIMEOUT_SECONDS).build());
    }

    MessagingClient messaging() {
        return new MessagingClient(endpoint.messagingHost(), sas.credential(), IotHubServiceClientProtocol.AMQPS,
                MessagingClientOptions.builder().sslContext(tls).build());
    }

    MessageFeedbackProcessorClientOptions feedbackOptions() {
        return MessageFeedbackProcessorClientOptions.builder().sslContext(tls).build();
    }

    AzureSasCredential credential() {
        return sas.credential();
    }
}
