package org.connectedservice.core.series;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.AlertStore;

/**
 * The most recent alerts, kept current through the store's subscription, so a chart can place a marker at the
 * reading that raised each one without querying the store every frame. Thread-safe.
 */
public final class AlertMarkers implements AutoCloseable {

    private final AlertStore store;
    private final int capacity;
    private final Map<Long, IotAlert> byId = new HashMap<>();
    private final ArrayDeque<Long> arrival = new ArrayDeque<>();
    private final AutoCloseable subscription;
    private boolean loaded;

    public AlertMarkers(AlertStore store, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.store = store;
        this.capacity = capacity;
        this.subscription = store.subscribe(this::put);
    }

    /** Alerts of these devices and measurements (case ignored) raised inside the window, oldest first. */
    public List<IotAlert> within(Collection<String> deviceIds, Collection<String> measurements, TimeWindow window) {
        loadOnce();
        Set<String> devices = Set.copyOf(deviceIds);
        Set<String> shown = measurements.stream().map(m -> m.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<IotAlert> found = new ArrayList<>();
        synchronized (this) {
            for (IotAlert a : byId.values()) {
                if (devices.contains(a.deviceId()) && a.measurement() != null
                        && shown.contains(a.measurement().toLowerCase(Locale.ROOT))
                        && window.contains(a.time().toEpochMilli())) {
                    found.add(a);
                }
            }
        }
        found.sort(Comparator.comparing(IotAlert::time));
        return found;
    }

    private void loadOnce() {
        synchronized (this) {
            if (loaded) {
                return;
            }
            loaded = true;
        }
        List<IotAlert> newestFirst = store.newest(capacity);
        synchronized (this) {
            // older than anything the subscription delivered meanwhile, so they queue up front and go first
            for (IotAlert a : newestFirst) {
                if (!byId.containsKey(a.id())) {
                    byId.put(a.id(), a);
                    arrival.addFirst(a.id());
                }
            }
            trim();
        }
    }

    private synchronized void put(IotAlert alert) {
        if (byId.containsKey(alert.id())) {
            byId.put(alert.id(), alert);
        } else {
            add(alert);
        }
    }

    private void add(IotAlert alert) {
        byId.put(alert.id(), alert);
        arrival.addLast(alert.id());
        trim();
    }

    private void trim() {
        while (arrival.size() > capacity) {
            byId.remove(arrival.removeFirst());
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
