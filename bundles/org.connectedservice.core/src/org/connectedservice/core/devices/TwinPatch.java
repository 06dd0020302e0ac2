package org.connectedservice.core.devices;

/**
 * A change to a twin as JSON merge patches (null removes a property) of the tags and the desired properties; a
 * null patch leaves that part alone. ifMatch is the etag the change was made against, or "*" for any.
 */
public record TwinPatch(String tags, String desired, String ifMatch) {

    public static final String ANY = "*";

    public TwinPatch {
        ifMatch = ifMatch == null || ifMatch.isBlank() ? ANY : ifMatch;
    }
}
