package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How times and durations read in the editor: local time, to the second. */
public final class Texts {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Texts() {
    }

    public static String time(Instant t) {
        return t == null ? "" : LOCAL.format(t.atZone(ZoneId.systemDefault()));
    }

    /** e.g. "0 s", "45 s", "3 min 20 s", "2 h 5 min". */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return d.toMillis() % 1000 == 0 || s >= 10 ? s + " s"
                    : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }

    /**
     * A time typed by a person: local "2026-11-26 09:30[:15]", or an ISO instant like "2026-11-26T08:30:00Z".
     *
     * @throws IllegalArgumentException saying which forms are understood
     */
    public static Instant parseTime(String text, String what) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Instant.parse(t);
            }
            DateTimeFormatter f = t.length() <= 16 ? LOCAL_MINUTES : LOCAL;
            return LocalDateTime.parse(t.replace('T', ' '), f).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the " + what + " \"" + t + "\" is not a time; type it like "
                    + LOCAL.format(LocalDateTime.now().withNano(0)) + " (local time) or as 2026-11-26T08:30:00Z");
        }
    }
}
