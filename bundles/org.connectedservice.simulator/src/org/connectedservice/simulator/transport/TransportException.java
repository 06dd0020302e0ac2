package org.connectedservice.simulator.transport;

/** A transport could not connect the devices; the message says what went wrong and what to check. */
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
