package org.connectedservice.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.AlertStore;

/** The AlertStore contract in memory: one alert per fault token, recording twice changes nothing. */
final class InMemoryAlertStore implements AlertStore {

    private final Map<String, IotAlert> byToken = new LinkedHashMap<>();
    private final List<Consumer<IotAlert>> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;
    private int failuresToThrow;

    synchronized void failNext(int times) {
        failuresToThrow = times;
    }

    synchronized IotAlert byToken(String token) {
        return byToken.get(token);
    }

    @Override
    public IotAlert record(Fault fault) {
        IotAlert alert;
        boolean changed;
        synchronized (this) {
            if (failuresToThrow > 0) {
                failuresToThrow--;
                throw new IllegalStateException("alert store unavailable");
            }
            IotAlert existing = byToken.get(fault.token());
            AlertStatus status = fault.kind() == FaultKind.RAISED ? AlertStatus.ACTIVE : AlertStatus.CLEARED;
            if (existing == null) {
                alert = new IotAlert(nextId++, fault.token(), fault.time(), fault.deviceId(), fault.ruleId(),
                        fault.ruleVersion(), fault.ruleName(), fault.measurement(), fault.value(), fault.threshold(),
                        fault.severity(), fault.alertType(), status, fault.description());
                changed = true;
            } else if (existing.status() == AlertStatus.ACTIVE && status == AlertStatus.CLEARED) {
                alert = new IotAlert(existing.id(), existing.faultToken(), existing.time(), existing.deviceId(),
                        existing.ruleId(), existing.ruleVersion(), existing.ruleName(), existing.measurement(),
                        existing.reading(), existing.threshold(), existing.severity(), existing.alertType(), status,
                        existing.description());
                changed = true;
            } else {
                alert = existing;
                changed = false;
            }
            byToken.put(fault.token(), alert);
        }
        if (changed) {
            listeners.forEach(l -> l.accept(alert));
        }
        return alert;
    }

    @Override
    public synchronized List<IotAlert> newest(int limit) {
        List<IotAlert> all = new ArrayList<>(byToken.values());
        all.sort(Comparator.comparingLong(IotAlert::id).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized long count() {
        return byToken.size();
    }

    @Override
    public AutoCloseable subscribe(Consumer<IotAlert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
