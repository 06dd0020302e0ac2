package org.connectedservice.connections.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The workspace's connection profile as a service: connections.json and connection-secrets.json. */
@Component(service = ConnectionProfiles.class)
public class ConnectionProfilesComponent implements ConnectionProfiles {

    private final StoredConnectionProfiles profiles;

    @Activate
    public ConnectionProfilesComponent(@Reference ConsoleWorkspace workspace) {
        profiles = new StoredConnectionProfiles(workspace.directory());
    }

    @Override
    public ConnectionProfile active() {
        return profiles.active();
    }

    @Override
    public void save(ConnectionProfile profile) {
        profiles.save(profile);
    }

    @Override
    public void addListener(Consumer<ConnectionProfile> listener) {
        profiles.addListener(listener);
    }

    @Override
    public void removeListener(Consumer<ConnectionProfile> listener) {
        profiles.removeListener(listener);
    }

    @Override
    public Optional<String> startupProblem() {
        return profiles.startupProblem();
    }
}
