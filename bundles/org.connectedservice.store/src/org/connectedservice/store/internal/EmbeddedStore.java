package org.connectedservice.store.internal;

import java.time.Clock;
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
 * The workspace database as the fault outbox and the alert store. The history and the quarantine are components
 * of their own (their newest and count would clash with the alert store's) over the same database.
 */
@Component(service = { FaultOutbox.class, AlertStore.class })
public class EmbeddedStore implements FaultOutbox, AlertStore {

    private final SqlFaultOutbox outbox;
    private final SqlAlertStore alerts;

    @Activate
    public EmbeddedStore(@Reference WorkspaceDatabase workspaceDatabase) {
        this.outbox = new SqlFaultOutbox(workspaceDatabase.database(), Clock.systemUTC());
        this.alerts = new SqlAlertStore(workspaceDatabase.database());
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
        return alerts.record(fault);
    }

    @Override
    public List<IotAlert> newest(int limit) {
        return alerts.newest(limit);
    }

    @Override
    public long count() {
        return alerts.count();
    }

    @Override
    public AutoCloseable subscribe(Consumer<IotAlert> listener) {
        return alerts.subscribe(listener);
    }
}
