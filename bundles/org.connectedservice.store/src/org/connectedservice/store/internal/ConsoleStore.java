package org.connectedservice.store.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.FaultOutbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The fault outbox and the alert store, in the workspace database or in Azure SQL as the connection profile says
 * (see {@link StoreConnection}). The history and the quarantine are components of their own (the quarantine's
 * newest and count would clash with the alert store's).
 */
@Component(service = { FaultOutbox.class, AlertStore.class })
public class ConsoleStore implements FaultOutbox, AlertStore {

    private final StoreTargets targets;
    private final RoutedOutbox outbox;

    @Activate
    public ConsoleStore(@Reference StoreConnection connection) {
        this.targets = connection.targets();
        this.outbox = new RoutedOutbox(targets);
    }

    @Override
    public void append(List<Fault> faults) {
        outbox.append(faults);
    }

    @Override
    public List<OutboxEntry> claim(int max, Instant now) {
        return outbox.claim(max, now);
    }

    @Override
    public void ack(long entryId) {
        outbox.ack(entryId);
    }

    @Override
    public void fail(long entryId, String reason, Instant now) {
        outbox.fail(entryId, reason, now);
    }

    @Override
    public long depth() {
        return outbox.depth();
    }

    @Override
    public long deadLettered() {
        return outbox.deadLettered();
    }

    @Override
    public IotAlert record(Fault fault) {
        return targets.current().alerts().record(fault);
    }

    @Override
    public List<IotAlert> newest(int limit) {
        return targets.current().alerts().newest(limit);
    }

    @Override
    public long count() {
        return targets.current().alerts().count();
    }

    @Override
    public AutoCloseable subscribe(Consumer<IotAlert> listener) {
        return targets.subscribe(listener);
    }
}
