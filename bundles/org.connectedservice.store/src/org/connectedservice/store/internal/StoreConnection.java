package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.SqlSettings;
import org.connectedservice.core.connect.StoreLocation;
import org.connectedservice.core.connect.StoreStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Follows the connection profile: when it has an Azure SQL part the outbox, alerts and history move there, else
 * they stay in the workspace database. Profiles are applied on a thread of its own, one after the other, since
 * connecting takes seconds and the profile is saved from the UI. Without a profile service everything is embedded.
 */
@Component(service = { StoreConnection.class, StoreLocation.class })
public class StoreConnection implements StoreLocation {

    private static final System.Logger LOG = System.getLogger(StoreConnection.class.getName());
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final StoreTargets targets;
    private final ExecutorService switcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "connectedservice-store-connection");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<ConnectionProfile> onSave = this::follow;

    @Activate
    public StoreConnection(@Reference WorkspaceDatabase workspaceDatabase) {
        this.targets = new StoreTargets(workspaceDatabase.database(), Clock.systemUTC(),
                HistorySettings.fromProperties(System::getProperty), SqlServerDatabase::connect);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindProfiles")
    void bindProfiles(ConnectionProfiles profiles) {
        profiles.addListener(onSave);
        follow(profiles.active());
    }

    void unbindProfiles(ConnectionProfiles profiles) {
        profiles.removeListener(onSave);
        follow(ConnectionProfile.embedded());
    }

    private void follow(ConnectionProfile profile) {
        SqlSettings sql = profile == null ? null : profile.azureSql().orElse(null);
        try {
            switcher.execute(() -> targets.use(sql));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "the stores are closing; the new connection profile is not applied to them");
        }
    }

    public StoreTargets targets() {
        return targets;
    }

    @Override
    public StoreStatus status() {
        return new StoreStatus(targets.where(), !targets.current().isEmbedded(), targets.problem());
    }

    @Override
    public AutoCloseable subscribe(Consumer<StoreStatus> listener) {
        return targets.onChange(() -> listener.accept(status()));
    }

    /* A switch in progress finishes first, so its database is closed with the others. */
    @Deactivate
    void close() {
        switcher.shutdown();
        try {
            if (!switcher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "connecting to Azure SQL took over " + CLOSE_WAIT_SECONDS + " s; closing"
                        + " the stores without waiting for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        targets.close();
    }
}
