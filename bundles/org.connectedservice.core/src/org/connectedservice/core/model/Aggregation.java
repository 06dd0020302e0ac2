package org.connectedservice.core.model;

import java.time.Duration;

/**
 * How readings are combined before the condition is checked: INSTANT takes each reading as it comes; the others
 * take avg/min/max/count over a window. TUMBLING windows are back to back (hop = size), HOPPING ones start every
 * hop, SLIDING ones end at every reading.
 */
public record Aggregation(Function function, Window window, Duration size, Duration hop) {

    public enum Function {
        INSTANT, AVG, MIN, MAX, COUNT
    }

    public enum Window {
        NONE, TUMBLING, HOPPING, SLIDING
    }

    public static final Aggregation INSTANT = new Aggregation(Function.INSTANT, Window.NONE, Duration.ZERO, Duration.ZERO);

    public Aggregation {
        if (function == Function.INSTANT) {
            window = Window.NONE;
            size = Duration.ZERO;
            hop = Duration.ZERO;
        } else {
            if (window == Window.NONE || size == null || size.isNegative() || size.isZero()) {
                throw new IllegalArgumentException(function + " needs a window kind and a positive window size");
            }
            if (window == Window.TUMBLING || window == Window.SLIDING) {
                hop = window == Window.TUMBLING ? size : Duration.ZERO;
            } else if (hop == null || hop.isNegative() || hop.isZero() || hop.compareTo(size) > 0) {
                throw new IllegalArgumentException("a hopping window needs 0 < hop <= size");
            }
        }
    }

    public static Aggregation tumbling(Function function, Duration size) {
        return new Aggregation(function, Window.TUMBLING, size, size);
    }

    public static Aggregation hopping(Function function, Duration size, Duration hop) {
        return new Aggregation(function, Window.HOPPING, size, hop);
    }

    public static Aggregation sliding(Function function, Duration size) {
        return new Aggregation(function, Window.SLIDING, size, Duration.ZERO);
    }

    public boolean isInstant() {
        return function == Function.INSTANT;
    }
}
