package org.connectedservice.devices.internal.commands;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.CommandRecord;

/** The command history, telling listeners (the panel, a run counting its outcomes) of every record it stores. */
final class TrackedHistory {

    private static final System.Logger LOG = System.getLogger(TrackedHistory.class.getName());

    private final CommandHistory history;
    private final List<Consumer<CommandRecord>> listeners = new CopyOnWriteArrayList<>();

    TrackedHistory(CommandHistory history) {
        this.history = history;
    }

    CommandHistory history() {
        return history;
    }

    CommandRecord add(CommandRecord record) {
        CommandRecord stored = history.add(record);
        tell(stored);
        return stored;
    }

    void update(CommandRecord record) {
        history.update(record);
        tell(record);
    }

    AutoCloseable subscribe(Consumer<CommandRecord> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<CommandRecord> subscription = listener::accept;
        listeners.add(subscription);
        return () -> listeners.remove(subscription);
    }

    private void tell(CommandRecord record) {
        for (Consumer<CommandRecord> listener : listeners) {
            try {
                listener.accept(record);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a command listener failed on command " + record.id()
                        + "; the command is recorded and the other listeners were told", e);
            }
        }
    }
}
