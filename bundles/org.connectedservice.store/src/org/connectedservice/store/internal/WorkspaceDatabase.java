package org.connectedservice.store.internal;

import org.connectedservice.core.service.ConsoleWorkspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The one database of the workspace, shared by the outbox, the alerts, the history and the quarantine. Immediate,
 * so a second console on the same workspace learns at start-up, not at the first fault, that the database is
 * taken. The stores reference it, so they stop before it closes.
 */
@Component(immediate = true, service = WorkspaceDatabase.class)
public class WorkspaceDatabase {

    static final String DATABASE_FOLDER = "db";

    private final Database database;

    @Activate
    public WorkspaceDatabase(@Reference ConsoleWorkspace workspace) {
        this.database = Database.open(workspace.directory().resolve(DATABASE_FOLDER));
    }

    public Database database() {
        return database;
    }

    @Deactivate
    void close() {
        database.close();
    }
}
