package org.connectedservice.engine.internal.ingest;

/**
 * Reads the shape nearly every message has, without Jackson: one object whose names and strings have no escapes,
 * whose properties are objects of strings and whose body is an object of numbers. Creating a Jackson parser and
 * reading through it cost more per message than all the rest of ingestion. Anything else (escapes, nested or
 * unusual values, numeric strings, nulls, and every kind of broken JSON) makes it decline, and the message is read
 * by Jackson from the same UTF-8 bytes instead, so the two readers never disagree on a message this one accepts.
 * Not thread-safe: it remembers the names it met, so that each message shares their strings.
 */
final class PlainEnvelope {

    private static final byte[] DEVICE_ID = PlainJson.ascii("deviceId");
    private static final byte[] ENQUEUED_TIME = PlainJson.ascii("enqueuedTime");
    private static final byte[] MESSAGE_ID = PlainJson.ascii("messageId");
    private static final byte[] PROPERTIES = PlainJson.ascii("properties");
    private static final byte[] SYSTEM_PROPERTIES = PlainJson.ascii("systemProperties");
    private static final byte[] BODY = PlainJson.ascii("body");

    private final KnownStrings names = new KnownStrings();
    private final PlainJson in = new PlainJson();

    /** @return whether the message had the usual shape; only then does into hold it */
    boolean read(byte[] utf8, Envelope into) {
        in.reset(utf8);
        try {
            return object(into) && in.whitespaceToEnd();
        } finally {
            in.reset(null);
        }
    }

    private boolean object(Envelope into) {
        if (!in.open()) {
            return false;
        }
        if (in.closed()) {
            return true;
        }
        do {
            int start = in.nameStart();
            int end = in.i - 1;
            if (start < 0 || !in.colon()) {
                return false;
            }
            boolean read;
            if (in.is(start, end, DEVICE_ID)) {
                read = (into.deviceId = string()) != null;
            } else if (in.is(start, end, ENQUEUED_TIME)) {
                read = (into.enqueuedTime = string()) != null;
            } else if (in.is(start, end, MESSAGE_ID)) {
                read = (into.messageId = string()) != null;
            } else if (in.is(start, end, PROPERTIES)) {
                read = properties(into, false);
            } else if (in.is(start, end, SYSTEM_PROPERTIES)) {
                read = properties(into, true);
            } else if (in.is(start, end, BODY)) {
                read = body(into.values);
            } else {
                read = in.scalar();
            }
            if (!read) {
                return false;
            }
        } while (in.next());
        return in.closed();
    }

    private boolean properties(Envelope into, boolean system) {
        if (!in.open()) {
            return false;
        }
        if (in.closed()) {
            return true;
        }
        do {
            int start = in.nameStart();
            int end = in.i - 1;
            if (start < 0 || !in.colon()) {
                return false;
            }
            Envelope.Property property = into.property(names.of(in.b, start, end), system);
            int valueStart = in.stringStart();
            if (valueStart < 0) {
                return false;
            }
            if (property == Envelope.Property.DEVICE_TYPE) {
                into.set(property, names.of(in.b, valueStart, in.i - 1));
            } else if (property != Envelope.Property.OTHER) {
                into.set(property, in.text(valueStart));
            }
        } while (in.next());
        return in.closed();
    }

    private boolean body(Measurements values) {
        if (!in.open()) {
            return false;
        }
        if (in.closed()) {
            return true;
        }
        do {
            int start = in.nameStart();
            int end = in.i - 1;
            if (start < 0 || !in.colon() || !in.number()) {
                return false;
            }
            values.put(names.of(in.b, start, end), in.number);
        } while (in.next());
        return in.closed();
    }

    private String string() {
        int start = in.stringStart();
        return start < 0 ? null : in.text(start);
    }
}
