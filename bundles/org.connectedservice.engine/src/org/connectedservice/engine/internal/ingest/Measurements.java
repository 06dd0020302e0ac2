package org.connectedservice.engine.internal.ingest;

import java.util.Arrays;
import java.util.Map;

/**
 * Collects a body's readings and hands them over as an immutable map, which Reading then keeps as it is: going
 * through a HashMap would build every message's map twice.
 */
final class Measurements {

    private String[] names = new String[4];
    private double[] values = new double[4];
    private int size;

    /** A repeated field replaces the earlier value, as the last one wins in JSON. */
    void put(String name, double value) {
        int at = indexOf(name);
        if (at >= 0) {
            values[at] = value;
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    void remove(String name) {
        int at = indexOf(name);
        if (at >= 0) {
            size--;
            System.arraycopy(names, at + 1, names, at, size - at);
            System.arraycopy(values, at + 1, values, at, size - at);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    Map<String, Double> toMap() {
        return switch (size) {
            case 0 -> Map.of();
            case 1 -> Map.of(names[0], values[0]);
            case 2 -> Map.of(names[0], values[0], names[1], values[1]);
            case 3 -> Map.of(names[0], values[0], names[1], values[1], names[2], values[2]);
            case 4 -> Map.of(names[0], values[0], names[1], values[1], names[2], values[2], names[3], values[3]);
            default -> {
                @SuppressWarnings("unchecked")
                Map.Entry<String, Double>[] entries = (Map.Entry<String, Double>[]) new Map.Entry<?, ?>[size];
                for (int i = 0; i < size; i++) {
                    entries[i] = Map.entry(names[i], values[i]);
                }
                yield Map.ofEntries(entries);
            }
        };
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
