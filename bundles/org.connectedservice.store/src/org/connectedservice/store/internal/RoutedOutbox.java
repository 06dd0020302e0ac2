package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.service.FaultOutbox;

/**
 * The fault outbox of wherever the stores are (see {@link StoreTargets}). Entry ids carry the generation of the
 * target that handed them out in their top bits, so an ack after a switch reaches the database the entry came from;
 * the embedded target's generation is 0, so its ids are the database's own. An entry of a target no longer in use
 * is not acked and comes again once that database is in use again (the alert store ignores a fault it has seen).
 */
final class RoutedOutbox implements FaultOutbox {

    static final int ID_BITS = 48;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    private static final System.Logger LOG = System.getLogger(RoutedOutbox.class.getName());

    private final StoreTargets targets;

    RoutedOutbox(StoreTargets targets) {
        this.targets = targets;
    }

    /* A fault SQL Server cannot take is kept in the embedded outbox and delivered from there. */
    @Override
    public void append(List<Fault> faults) {
        StoreTargets.Target target = targets.current();
        if (target.isEmbedded()) {
            target.outbox().append(faults);
            return;
        }
        try {
            target.outbox().append(faults);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, faults.size() + " faults are kept in the embedded outbox because " + target.where()
                    + " could not take them: " + e.getMessage());
            targets.embedded().outbox().append(faults);
        }
    }

    /* Faults left in the embedded outbox by an earlier switch or a failed append go first: they are the older. */
    @Override
    public List<OutboxEntry> claim(int max, Instant now) {
        StoreTargets.Target target = targets.current();
        List<OutboxEntry> claimed = new ArrayList<>();
        if (!target.isEmbedded()) {
            claimed.addAll(tagged(targets.embedded(), targets.embedded().outbox().claim(max, now)));
        }
        if (claimed.size() < max) {
            try {
                claimed.addAll(tagged(target, target.outbox().claim(max - claimed.size(), now)));
            } catch (StoreException e) {
                if (claimed.isEmpty()) {
                    throw e;
                }
                LOG.log(Level.WARNING, "could not claim faults from " + target.where() + ": " + e.getMessage());
            }
        }
        return claimed;
    }

    private static List<OutboxEntry> tagged(StoreTargets.Target target, List<OutboxEntry> entries) {
        if (target.isEmbedded()) {
            return entries;
        }
        long generation = (long) target.generation() << ID_BITS;
        return entries.stream().map(entry -> new OutboxEntry(generation | entry.id(), entry.fault(), entry.attempts()))
                .toList();
    }

    @Override
    public void ack(long entryId) {
        StoreTargets.Target target = origin(entryId);
        if (target != null) {
            target.outbox().ack(entryId & ID_MASK);
        }
    }

    @Override
    public void fail(long entryId, String reason, Instant now) {
        StoreTargets.Target target = origin(entryId);
        if (target != null) {
            target.outbox().fail(entryId & ID_MASK, reason, now);
        }
    }

    private StoreTargets.Target origin(long entryId) {
        int generation = (int) (entryId >>> ID_BITS);
        StoreTargets.Target target = targets.byGeneration(generation);
        if (target == null) {
            LOG.log(Level.DEBUG, "outbox entry " + (entryId & ID_MASK) + " belongs to a database no longer in use;"
                    + " it is delivered again from there once the console uses it again");
        }
        return target;
    }

    @Override
    public long depth() {
        StoreTargets.Target target = targets.current();
        long embedded = targets.embedded().outbox().depth();
        return target.isEmbedded() ? embedded : embedded + target.outbox().depth();
    }

    @Override
    public long deadLettered() {
        StoreTargets.Target target = targets.current();
        long embedded = targets.embedded().outbox().deadLettered();
        return target.isEmbedded() ? embedded : embedded + target.outbox().deadLettered();
    }
}
