package org.connectedservice.engine.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few names a stream repeats in every message (measurement and property names, device types), so each message
 * shares one String per name instead of decoding a copy: later lookups by name then find the hash already computed
 * and compare by identity. Only the first names met are kept; past them a copy is made each time.
 */
final class KnownStrings {

    static final int MAX_KEPT = 64;

    private final byte[][] bytes = new byte[MAX_KEPT][];
    private final String[] strings = new String[MAX_KEPT];
    private int size;

    /** The UTF-8 text from start to end, shared with earlier calls that had the same bytes. */
    String of(byte[] utf8, int start, int end) {
        int length = end - start;
        for (int k = 0; k < size; k++) {
            byte[] known = bytes[k];
            if (known.length == length && Arrays.equals(utf8, start, end, known, 0, length)) {
                return strings[k];
            }
        }
        String text = new String(utf8, start, length, StandardCharsets.UTF_8);
        if (size < MAX_KEPT) {
            bytes[size] = Arrays.copyOfRange(utf8, start, end);
            strings[size++] = text;
        }
        return text;
    }
}
