package org.connectedservice.engine.internal.ingest;

import java.io.IOException;
import org.connectedservice.core.ingest.QuarantineReason;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads the measurements of a body object: JSON numbers or numeric strings; a null reading is simply absent. */
final class Readings {

    private Readings() {
    }

    /** Reads from just after the body's { up to its }. */
    static void read(JsonParser p, Measurements values) throws IOException, BadMessageException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (value) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    double number = p.getDoubleValue();
                    if (!Double.isFinite(number)) {
                        throw nonNumeric(field, p.getText() + ", which is out of range");
                    }
                    values.put(field, number);
                }
                case VALUE_STRING -> values.put(field, numericString(field, p.getText()));
                case VALUE_NULL -> values.remove(field);
                default -> throw nonNumeric(field, JsonProblems.describe(p));
            }
        }
    }

    private static double numericString(String field, String text) throws BadMessageException {
        String number = text.strip();
        if (!looksNumeric(number)) {
            throw nonNumeric(field, "the string \"" + JsonProblems.abbreviate(text) + "\"");
        }
        double value = Double.parseDouble(number);
        if (!Double.isFinite(value)) {
            throw nonNumeric(field, "\"" + JsonProblems.abbreviate(text) + "\", which is out of range");
        }
        return value;
    }

    /** Decimal notation only: Double.parseDouble would also take "NaN", "0x1p3" and "1d". */
    private static boolean looksNumeric(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BadMessageException nonNumeric(String field, String found) {
        return new BadMessageException(QuarantineReason.NON_NUMERIC_READING, "body field \"" + field + "\" is "
                + found + "; send readings as numbers, like \"" + field + "\": 72.4");
    }
}
