package org.connectedservice.iothub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.simulator.transport.DeviceHandler;
import org.connectedservice.simulator.transport.TransportException;

import com.microsoft.azure.sdk.iot.device.ClientOptions;
import com.microsoft.azure.sdk.iot.device.DeviceClient;
import com.microsoft.azure.sdk.iot.device.IotHubClientProtocol;

/**
 * MQTT: one connection per device (IoT Hub's MQTT has no multiplexing), opened a few at a time. When one device
 * cannot connect, the rest are not tried and those already open are closed again.
 */
final class MqttConnector {

    static final int MQTT_PORT = 8883;
    static final int PARALLEL_OPENS = 8;
    /** Each device client holds a TLS connection and about ten threads (measured with SDK 2.5.0). */
    static final int MAX_DEVICES = 500;

    private final HubAddress address;
    private final ClientOptions options;

    MqttConnector(HubAddress address, ClientOptions options) {
        this.address = address;
        this.options = options;
    }

    HubSession open(Map<String, String> keys, DeviceHandler handler) throws TransportException {
        List<DeviceLink> opened = new ArrayList<>();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Future<?>> tasks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_OPENS,
                runnable -> Thread.ofPlatform().daemon().name("iothub-connect").unstarted(runnable));
        try {
            for (Map.Entry<String, String> device : keys.entrySet()) {
                tasks.add(pool.submit(() -> openOne(device.getKey(), device.getValue(), handler, opened, failure)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, "Connecting the simulated devices was interrupted.");
        } catch (java.util.concurrent.ExecutionException e) {
            failure.compareAndSet(null, HubFailures.rootMessage(e));
        } finally {
            pool.shutdown();
        }
        if (failure.get() != null) {
            HubSession.closeAll(opened, List.of());
            throw new TransportException(failure.get());
        }
        return new HubSession("IoT Hub " + address.host() + " over MQTT, " + opened.size() + " devices, one "
                + "connection each", opened, List.of());
    }

    private void openOne(String deviceId, String key, DeviceHandler handler, List<DeviceLink> opened,
            AtomicReference<String> failure) {
        if (failure.get() != null) {
            return;
        }
        try {
            DeviceClient client = new DeviceClient(HubConnectionStrings.device(address.host(), deviceId, key),
                    IotHubClientProtocol.MQTT, options);
            DeviceLink link = new DeviceLink(deviceId, client);
            synchronized (opened) {
                opened.add(link);
            }
            client.open(false);
            DeviceLink.awaitSubscriptions(Map.of(link, link.subscribe(handler)), address.host(), MQTT_PORT,
                    "MQTT");
        } catch (TransportException e) {
            failure.compareAndSet(null, e.getMessage());
        } catch (Exception e) {
            failure.compareAndSet(null, HubFailures.deviceFailure(address.host(), MQTT_PORT, "MQTT", deviceId, e));
        }
    }
}
