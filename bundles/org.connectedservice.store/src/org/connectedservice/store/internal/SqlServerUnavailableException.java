package org.connectedservice.store.internal;

/** The SQL Server of the connection profile cannot be used; the message says what to fix in the profile. */
public final class SqlServerUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public SqlServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
