package org.connectedservice.store.internal;

/** The console database could not do what was asked; the message says what and where. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
