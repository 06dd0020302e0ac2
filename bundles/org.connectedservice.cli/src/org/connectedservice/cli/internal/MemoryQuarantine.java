package org.connectedservice.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.service.QuarantineStore;

/**
 * The quarantine of a headless run: counted in full, the first few kept to show on stderr. A replay must not write
 * the user's bad lines into the workspace database, and a file with a million bad lines must not fill the memory.
 */
final class MemoryQuarantine implements QuarantineStore {

    private final int keep;
    private final List<QuarantinedMessage> kept = new ArrayList<>();
    private long count;

    MemoryQuarantine(int keep) {
        this.keep = keep;
    }

    @Override
    public QuarantinedMessage add(QuarantinedMessage message) {
        QuarantinedMessage stored = new QuarantinedMessage(++count, message.receivedAt(), message.source(),
                message.reason(), message.raw());
        if (kept.size() < keep) {
            kept.add(stored);
        }
        return stored;
    }

    /** The first messages quarantined, oldest first (unlike the interface's newest, which a UI wants). */
    List<QuarantinedMessage> first() {
        return List.copyOf(kept);
    }

    @Override
    public List<QuarantinedMessage> newest(int limit) {
        List<QuarantinedMessage> newest = new ArrayList<>(kept);
        Collections.reverse(newest);
        return newest.subList(0, Math.min(limit, newest.size()));
    }

    @Override
    public long count() {
        return count;
    }
}
