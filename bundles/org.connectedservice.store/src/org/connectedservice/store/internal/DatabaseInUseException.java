package org.connectedservice.store.internal;

import java.nio.file.Path;

/** The database files are locked by another running console, which H2 reports as "Database may be already in use". */
public final class DatabaseInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path directory, Throwable cause) {
        super("another Connected Service Console is using " + directory
                + "; close it or start with a different workspace", cause);
    }
}
