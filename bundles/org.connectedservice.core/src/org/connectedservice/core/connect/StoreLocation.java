package org.connectedservice.core.connect;

import java.util.function.Consumer;

/** Where the outbox, alerts and history are kept as the connection profile changes. */
public interface StoreLocation {

    StoreStatus status();

    /** Hears every change, on the thread that applied the profile (never the UI thread). */
    AutoCloseable subscribe(Consumer<StoreStatus> listener);
}
