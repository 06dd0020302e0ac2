package org.connectedservice.core.simulation;

import java.time.Instant;

/**
 * One message of a recording, handed on at its (scaled) time. jsonLine is in the JSON Lines replay format: the
 * recorded line untouched, or a CSV row rendered in that format. time and deviceId are null when the line did not
 * say; such a line is handed on at once, for the decoder to quarantine.
 */
public record ReplayedLine(long lineNumber, Instant time, String deviceId, String jsonLine) {
}
