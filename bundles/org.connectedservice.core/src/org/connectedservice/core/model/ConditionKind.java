package org.connectedservice.core.model;

/** What a rule checks of a measurement (after aggregation, if any). */
public enum ConditionKind {
    GREATER_THAN(">"), GREATER_OR_EQUAL(">="), LESS_THAN("<"), LESS_OR_EQUAL("<="),
    /** Broken when the value leaves [threshold, upper]. */
    OUTSIDE_BAND("outside"),
    /** Broken when the value lies within [threshold, upper]. */
    INSIDE_BAND("inside"),
    /** Broken when the value changes faster than threshold units per minute, up or down. */
    RATE_OF_CHANGE("rate"),
    /** Broken when the device sent nothing for the measurement during silence. */
    NO_DATA("nodata");

    private final String symbol;

    ConditionKind(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static ConditionKind fromSymbol(String text) {
        String t = text.trim();
        for (ConditionKind k : values()) {
            if (k.symbol.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown condition '" + text
                + "': use >, >=, <, <=, outside, inside, rate or nodata");
    }
}
