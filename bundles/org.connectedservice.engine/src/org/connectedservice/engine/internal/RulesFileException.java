package org.connectedservice.engine.internal;

/** A rules file that cannot be used; the message names the file, the place and what to change. */
public final class RulesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
