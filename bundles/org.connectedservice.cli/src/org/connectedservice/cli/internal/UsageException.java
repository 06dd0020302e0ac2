package org.connectedservice.cli.internal;

/** The command line itself is wrong (exit code 2): the message says which argument and what to write instead. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
