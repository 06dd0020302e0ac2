package org.connectedservice.connections.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.SqlSettings;

/**
 * The connection profile kept in a workspace folder. A profile that cannot be read at start leaves the console
 * embedded, with the reason in {@link #startupProblem()}, and the file untouched so a hand edit is not lost; the
 * next save keeps that file as connections.json.broken before writing the new one.
 */
public final class StoredConnectionProfiles implements ConnectionProfiles {

    private static final System.Logger LOG = System.getLogger(StoredConnectionProfiles.class.getName());
    static final String BROKEN_COPY = ProfileFile.PROFILE + ".broken";

    private final ProfileFile file;
    private final List<Consumer<ConnectionProfile>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionProfile active;
    private volatile String startupProblem;

    public StoredConnectionProfiles(Path directory) {
        this.file = new ProfileFile(directory);
        ProfileFile.Loaded loaded = file.load();
        this.active = loaded.profile();
        this.startupProblem = loaded.problem();
        if (startupProblem != null) {
            LOG.log(Level.WARNING, startupProblem);
        }
    }

    @Override
    public ConnectionProfile active() {
        return active;
    }

    @Override
    public Optional<String> startupProblem() {
        return Optional.ofNullable(startupProblem);
    }

    @Override
    public void save(ConnectionProfile profile) {
        ProfileValidator.check(profile);
        ConnectionProfile clean = normalized(profile);
        synchronized (this) {
            try {
                if (startupProblem != null && Files.exists(file.profileFile())) {
                    Files.copy(file.profileFile(), file.profileFile().resolveSibling(BROKEN_COPY),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                file.write(clean);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the connection profile to " + file.profileFile()
                        + ": " + e.getMessage() + "; check the workspace folder's permissions and free space", e);
            }
            active = clean;
            startupProblem = null;
        }
        for (Consumer<ConnectionProfile> listener : listeners) {
            try {
                listener.accept(clean);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of the connection profile failed; the profile is saved and the"
                        + " other listeners were told", e);
            }
        }
    }

    private static ConnectionProfile normalized(ConnectionProfile p) {
        IotHubSettings hub = p.hub().map(h -> new IotHubSettings(h.hostName().strip(),
                h.sharedAccessKeyName().strip(), h.sharedAccessKey().strip(), h.deviceProtocol(),
                h.createDevicesInBulk())).orElse(null);
        DynamicsSettings dynamics = p.dataverse().map(d -> new DynamicsSettings(d.organizationUrl(),
                d.tokenEndpoint(), d.clientId().strip(), d.clientSecret())).orElse(null);
        SqlSettings sql = p.azureSql().map(s -> new SqlSettings(s.jdbcUrl().strip(),
                s.user() == null ? "" : s.user().strip(), s.password() == null ? "" : s.password())).orElse(null);
        return new ConnectionProfile(p.name().strip(), hub, dynamics, sql);
    }

    @Override
    public void addListener(Consumer<ConnectionProfile> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(Consumer<ConnectionProfile> listener) {
        listeners.remove(listener);
    }
}
