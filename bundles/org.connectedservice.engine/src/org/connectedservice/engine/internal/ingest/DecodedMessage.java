package org.connectedservice.engine.internal.ingest;

import org.connectedservice.core.model.Reading;

/** A reading with the messageId it came in, which only duplicate detection needs; messageId may be null. */
record DecodedMessage(Reading reading, String messageId) {
}
