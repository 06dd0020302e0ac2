package org.connectedservice.devices.internal.registry;

import java.util.List;

/** Writes CSV as RFC 4180 asks: CRLF between records, fields quoted when they hold a comma, quote or line break. */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String escape(String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.equals(field.strip());
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    String text() {
        return out.toString();
    }
}
