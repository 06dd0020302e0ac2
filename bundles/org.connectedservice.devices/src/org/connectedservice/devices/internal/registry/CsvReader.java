package org.connectedservice.devices.internal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF, fields in double quotes may
 * hold commas, line breaks and doubled quotes. Blank lines are skipped; a byte order mark is ignored.
 */
final class CsvReader {

    /** One record and the line it starts on, counting from 1. */
    record Row(int line, List<String> fields) {
    }

    /** A quoted field that never closes; everything from its line on is unreadable. */
    static final class UnclosedQuote extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        final int line;

        UnclosedQuote(int line) {
            super("line " + line + ": a quoted field is not closed; close it with \" (a \" inside a quoted field is"
                    + " written \"\")");
            this.line = line;
        }
    }

    private CsvReader() {
    }

    static List<Row> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, fieldWasQuoted, rowStart);
                fieldWasQuoted = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(rowStart);
        }
        endRow(rows, fields, field, fieldWasQuoted, rowStart);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean fieldWasQuoted,
            int line) {
        fields.add(field.toString());
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !fieldWasQuoted;
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
