package org.connectedservice.cli.internal;

/** The command was understood but cannot be carried out (exit code 1), e.g. a file is missing or broken. */
final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    CommandException(String message) {
        super(message);
    }

    CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
