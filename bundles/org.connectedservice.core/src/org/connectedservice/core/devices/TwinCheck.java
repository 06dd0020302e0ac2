package org.connectedservice.core.devices;

import java.util.List;

/** An edit of tags and desired properties checked before sending: what is wrong with it, else what it changes. */
public record TwinCheck(List<String> problems, List<TwinChange> changes) {

    public TwinCheck {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public boolean sendable() {
        return problems.isEmpty() && !changes.isEmpty();
    }
}
