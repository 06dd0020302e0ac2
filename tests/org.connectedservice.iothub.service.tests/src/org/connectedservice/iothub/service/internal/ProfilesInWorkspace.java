package org.connectedservice.iothub.service.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;

/** The profile service as the workbench offers it, kept in memory: saving activates and tells the listeners. */
final class ProfilesInWorkspace implements ConnectionProfiles {

    private final List<Consumer<ConnectionProfile>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionProfile active = ConnectionProfile.embedded();

    @Override
    public ConnectionProfile active() {
        return active;
    }

    @Override
    public void save(ConnectionProfile profile) {
        active = profile;
        listeners.forEach(listener -> listener.accept(profile));
    }

    @Override
    public void addListener(Consumer<ConnectionProfile> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<ConnectionProfile> listener) {
        listeners.remove(listener);
    }
}
