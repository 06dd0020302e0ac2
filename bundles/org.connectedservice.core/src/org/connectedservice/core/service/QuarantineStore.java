package org.connectedservice.core.service;

import java.util.List;

import org.connectedservice.core.model.QuarantinedMessage;

/** Where bad input waits, counted and visible, while the stream goes on. */
public interface QuarantineStore {

    /** Stores the message (its id is assigned here) and returns it as stored. */
    QuarantinedMessage add(QuarantinedMessage message);

    List<QuarantinedMessage> newest(int limit);

    long count();
}
