package org.connectedservice.core.connect;

import java.util.Optional;
import java.util.function.Consumer;

/** The user's connection profile, kept in the workspace between runs. */
public interface ConnectionProfiles {

    ConnectionProfile active();

    /** Checks, stores and activates the profile; throws IllegalArgumentException saying which field is wrong. */
    void save(ConnectionProfile profile);

    /** Called with the new profile after every save, on the saving thread. */
    void addListener(Consumer<ConnectionProfile> listener);

    void removeListener(Consumer<ConnectionProfile> listener);

    /**
     * Why the stored profile could not be used at start (a broken file, a missing secret), in which case the
     * console runs embedded and the file is left as it is; empty when it loaded or none was stored.
     */
    default Optional<String> startupProblem() {
        return Optional.empty();
    }
}
