package org.connectedservice.engine.internal.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads ISO-8601 instants such as 2024-05-01T12:00:00.1234567Z. Instant.parse costs several times more than the
 * rest of a message's decoding, so the shapes Event Hubs writes are read by hand and only unusual ones go through
 * DateTimeFormatter.
 */
final class IsoInstant {

    private IsoInstant() {
    }

    /** @return the instant, or null when the text is not an ISO-8601 date-time with a zone or offset */
    static Instant parse(String text) {
        Instant fast = parseCommonShape(text);
        if (fast != null) {
            return fast;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant parseCommonShape(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.' || s.charAt(i) == ',') {
            int scale = 100_000_000;
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start || i - start > 9) {
                return null;
            }
        }
        int offsetSeconds = offset(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** @return the offset in seconds, or Integer.MIN_VALUE when the rest of the text is not Z, ±HH:MM or ±HHMM */
    private static int offset(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            return 0;
        }
        char sign = rest > 0 ? s.charAt(i) : ' ';
        if ((sign != '+' && sign != '-') || (rest != 6 && rest != 5)) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = rest == 6 ? (s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : -1) : digits(s, i + 3, 2);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
