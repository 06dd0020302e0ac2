package org.connectedservice.core.simulation;

import java.util.Locale;

/** How fast a recording is replayed: 1x to 100x its recorded pace, or as fast as possible (factor 0). */
public record ReplaySpeed(double factor) {

    public static final ReplaySpeed AS_FAST_AS_POSSIBLE = new ReplaySpeed(0);
    public static final ReplaySpeed REAL_TIME = new ReplaySpeed(1);

    public ReplaySpeed {
        if (factor != 0 && !(factor >= 1 && factor <= 100)) {
            throw new IllegalArgumentException("replay speed " + factor + "x is out of range: use 1 to 100, or max");
        }
    }

    /** Reads "10", "10x" or "max". */
    public static ReplaySpeed parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("max")) {
            return AS_FAST_AS_POSSIBLE;
        }
        if (t.endsWith("x")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return new ReplaySpeed(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("replay speed '" + text + "' is not a number: use 1 to 100, or max");
        }
    }

    public boolean asFastAsPossible() {
        return factor == 0;
    }
}
