package org.connectedservice.core.model;

/** One trace of history: a device's measurement. */
public record SeriesKey(String deviceId, String deviceType, String measurement) {
}
