package org.connectedservice.ui.rules.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Background work started after a delay, a later start replacing one still waiting; the work may be cancelled. */
public interface Worker {

    /** Makes workers; each runs its work with a flag that turns true once the run is cancelled. */
    interface Factory {
        Worker create(String name, Consumer<BooleanSupplier> work);
    }

    void schedule(long delayMillis);

    void cancel();
}
