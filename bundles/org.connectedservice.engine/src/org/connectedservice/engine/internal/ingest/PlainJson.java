package org.connectedservice.engine.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over the UTF-8 bytes of one line for {@link PlainEnvelope}: the tokens of plain JSON, each read only
 * when it can be read exactly as Jackson reads it (strings without escapes or control characters, decimals short
 * enough to convert with one correctly rounded division); every method reports anything else as false or -1.
 */
final class PlainJson {

    private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15 };
    /** Digits a long holds exactly as a double mantissa (below 2^53), so m / 10^k is correctly rounded. */
    private static final int EXACT_DIGITS = 15;
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    byte[] b;
    int i;
    /** The value of the last number read. */
    double number;

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    void reset(byte[] utf8) {
        b = utf8;
        i = 0;
    }

    /** Moves past whitespace and an opening brace and the whitespace after it. */
    boolean open() {
        skipWhitespace();
        if (peek() != '{') {
            return false;
        }
        i++;
        skipWhitespace();
        return true;
    }


    /** After a value: true, past the comma, when another member follows. */
    boolean next() {
        skipWhitespace();
        if (peek() == ',') {
            i++;
            return true;
        }
        return false;
    }

    boolean closed() {
        if (peek() == '}') {
            i++;
            return true;
        }
        return false;
    }

    boolean whitespaceToEnd() {
        skipWhitespace();
        return i == b.length;
    }

    /** Reads a member's name and stays just after its closing quote; returns where its text starts, or -1. */
    int nameStart() {
        skipWhitespace();
        return stringStart();
    }

    boolean colon() {
        skipWhitespace();
        if (peek() != ':') {
            return false;
        }
        i++;
        skipWhitespace();
        return true;
    }

    /** A string without escapes or control characters; moves past its closing quote, returns its start or -1. */
    int stringStart() {
        if (peek() != '"') {
            return -1;
        }
        int start = ++i;
        byte[] bytes = b;
        for (int at = start; at < bytes.length; at++) {
            byte c = bytes[at];
            if (c == '"') {
                i = at + 1;
                return start;
            }
            if (c == '\\' || c >= 0 && c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** The text of the string just read, which started at start. */
    String text(int start) {
        return new String(b, start, i - 1 - start, StandardCharsets.UTF_8);
    }

    /** A string, number, true or false that nobody needs. */
    boolean scalar() {
        if (peek() == '"') {
            return stringStart() >= 0;
        }
        if (peek() == 't' || peek() == 'f') {
            byte[] word = peek() == 't' ? TRUE : FALSE;
            if (i + word.length > b.length || !is(i, i + word.length, word)) {
                return false;
            }
            i += word.length;
            return i == b.length || delimiter(b[i]);
        }
        return number();
    }

    /** A JSON number into {@link #number}. */
    boolean number() {
        boolean negative = peek() == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        if (peek() == '0') {
            i++;
            digits = 1;
        } else {
            while (isDigit(peek())) {
                mantissa = mantissa * 10 + (b[i++] - '0');
                digits++;
            }
        }
        if (digits == 0 || isDigit(peek())) {
            return false;
        }
        int fraction = 0;
        if (peek() == '.') {
            i++;
            while (isDigit(peek())) {
                mantissa = mantissa * 10 + (b[i++] - '0');
                fraction++;
            }
            if (fraction == 0) {
                return false;
            }
        }
        if (digits + fraction > EXACT_DIGITS || i < b.length && !delimiter(b[i])) {
            return false;
        }
        // An integer goes through a long, as Jackson reads it, so -0 is 0.0 while -0.0 stays negative.
        double value = fraction == 0 ? (double) (negative ? -mantissa : mantissa)
                : mantissa / POWERS_OF_TEN[fraction];
        number = fraction != 0 && negative ? -value : value;
        return true;
    }

    /** The byte at the position, or 0 past the end (0 is never valid JSON outside a string). */
    byte peek() {
        return i < b.length ? b[i] : 0;
    }

    boolean is(int start, int end, byte[] name) {
        return end - start == name.length && Arrays.equals(b, start, end, name, 0, name.length);
    }

    private void skipWhitespace() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
    }

    private static boolean delimiter(byte c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
