package org.connectedservice.core.devices;

/**
 * One difference between two versions of a twin: section is "tags", "desired" or "reported", path the property
 * (a.b for nested ones), before and after its JSON, null where it is missing.
 */
public record TwinChange(String section, String path, String before, String after) {

    @Override
    public String toString() {
        if (before == null) {
            return section + "." + path + " added: " + after;
        }
        if (after == null) {
            return section + "." + path + " removed (was " + before + ")";
        }
        return section + "." + path + ": " + before + " -> " + after;
    }
}
