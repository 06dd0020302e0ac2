package org.connectedservice.engine.internal.ingest;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.service.QuarantineStore;

/** The H2 quarantine lives in the store bundle; this keeps the messages in a list. */
final class MemoryQuarantine implements QuarantineStore {

    private final List<QuarantinedMessage> messages = new ArrayList<>();

    @Override
    public QuarantinedMessage add(QuarantinedMessage message) {
        QuarantinedMessage stored = new QuarantinedMessage(messages.size() + 1, message.receivedAt(), message.source(),
                message.reason(), message.raw());
        messages.add(stored);
        return stored;
    }

    @Override
    public List<QuarantinedMessage> newest(int limit) {
        List<QuarantinedMessage> newest = new ArrayList<>(messages.reversed());
        return newest.subList(0, Math.min(limit, newest.size()));
    }

    @Override
    public long count() {
        return messages.size();
    }

    List<QuarantinedMessage> all() {
        return List.copyOf(messages);
    }

    List<String> reasons() {
        return messages.stream().map(QuarantinedMessage::reason).toList();
    }
}
