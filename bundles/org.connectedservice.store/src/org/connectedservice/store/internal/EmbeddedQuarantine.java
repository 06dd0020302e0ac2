package org.connectedservice.store.internal;

import java.time.Clock;
import java.util.List;

import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.service.QuarantineStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The quarantine of the workspace database. */
@Component(service = QuarantineStore.class)
public class EmbeddedQuarantine implements QuarantineStore {

    private final SqlQuarantineStore quarantine;

    @Activate
    public EmbeddedQuarantine(@Reference WorkspaceDatabase workspaceDatabase) {
        this.quarantine = new SqlQuarantineStore(workspaceDatabase.database(), Clock.systemUTC());
    }

    @Override
    public QuarantinedMessage add(QuarantinedMessage message) {
        return quarantine.add(message);
    }

    @Override
    public List<QuarantinedMessage> newest(int limit) {
        return quarantine.newest(limit);
    }

    @Override
    public long count() {
        return quarantine.count();
    }
}
