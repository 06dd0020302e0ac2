package org.connectedservice.engine.internal.eval;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.connectedservice.core.model.Device;

/**
 * The asset each device belongs to, from a registry snapshot taken at most every maxAgeNanos: asset rules ask for
 * thousands of devices at once after a rules change, and the registry answers with a full list each time.
 */
public final class DeviceAssets implements Function<String, String> {

    private static final Logger LOG = System.getLogger(DeviceAssets.class.getName());

    private final Supplier<List<Device>> registry;
    private final LongSupplier nanoClock;
    private final long maxAgeNanos;
    private volatile Map<String, String> assets;
    private volatile long takenAt;

    public DeviceAssets(Supplier<List<Device>> registry, LongSupplier nanoClock, long maxAgeNanos) {
        this.registry = registry;
        this.nanoClock = nanoClock;
        this.maxAgeNanos = maxAgeNanos;
    }

    @Override
    public String apply(String deviceId) {
        Map<String, String> snapshot = assets;
        long now = nanoClock.getAsLong();
        if (snapshot == null || now - takenAt >= maxAgeNanos) {
            snapshot = snapshot(snapshot);
            assets = snapshot;
            takenAt = now;
        }
        return snapshot.get(deviceId);
    }

    private Map<String, String> snapshot(Map<String, String> previous) {
        try {
            Map<String, String> byDevice = new HashMap<>();
            for (Device device : registry.get()) {
                if (device.asset() != null && !device.asset().isBlank()) {
                    byDevice.put(device.id(), device.asset());
                }
            }
            return byDevice;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the device registry could not be read; asset rules use what was known before", e);
            return previous == null ? Map.of() : previous;
        }
    }
}
