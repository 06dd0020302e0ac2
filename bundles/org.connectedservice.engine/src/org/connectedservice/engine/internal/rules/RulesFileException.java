package org.connectedservice.engine.internal.rules;

/**
 * A rules file that cannot be used. The message names the file, the place and what to change; line, column and
 * field are also kept apart so an editor can put the cursor on the mistake (0 and null when unknown).
 */
public final class RulesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String field;

    public RulesFileException(String message) {
        this(message, 0, 0, null, null);
    }

    public RulesFileException(String message, Throwable cause) {
        this(message, 0, 0, null, cause);
    }

    public RulesFileException(String message, int line, int column, String field, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }
}
