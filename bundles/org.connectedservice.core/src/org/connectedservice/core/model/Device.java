package org.connectedservice.core.model;

/** A device as the registry knows it; asset is the customer asset it is connected to, or empty. */
public record Device(String id, String name, String deviceType, String asset) {
}
