package org.connectedservice.core.model;

public enum Comparison {
    GREATER_THAN(">"), GREATER_OR_EQUAL(">="), LESS_THAN("<"), LESS_OR_EQUAL("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case GREATER_THAN -> value > threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case LESS_THAN -> value < threshold;
            case LESS_OR_EQUAL -> value <= threshold;
        };
    }

    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + symbol + "': use >, >=, < or <=");
    }
}
