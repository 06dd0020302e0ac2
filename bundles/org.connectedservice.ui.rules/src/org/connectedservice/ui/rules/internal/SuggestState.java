package org.connectedservice.ui.rules.internal;

/** What the Suggest area shows: the newest suggestion (or null) and a status line. */
public record SuggestState(Suggestion suggestion, String status) {
}
