package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.connect.SqlSettings;
import org.connectedservice.core.model.IotAlert;

/**
 * Where the fault outbox, the IoT alerts and the history live: the workspace's embedded database, or the SQL
 * Server (Azure SQL) of the connection profile once it is reached and its tables are in place. A profile whose
 * SQL Server cannot be used leaves them embedded and says why in {@link #problem()}; nothing is lost either way.
 * <p>
 * The embedded target stays open all along: faults queued in it before a switch are still delivered from it, and
 * a fault SQL Server cannot take is kept in it. Every switch makes a new target with a new generation number,
 * which outbox entry ids carry (see {@link RoutedOutbox}).
 */
public final class StoreTargets implements AutoCloseable {

    /** One database with the stores on it. */
    record Target(int generation, String where, Database database, SqlFaultOutbox outbox, SqlAlertStore alerts,
            SqlTelemetryHistory history, AutoCloseable alertForwarding) {

        boolean isEmbedded() {
            return generation == EMBEDDED;
        }
    }

    static final int EMBEDDED = 0;

    private static final System.Logger LOG = System.getLogger(StoreTargets.class.getName());

    private final Clock clock;
    private final HistorySettings historySettings;
    private final Function<SqlSettings, Database> connector;
    private final List<Consumer<IotAlert>> alertListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final Target embedded;
    private volatile Target current;
    private volatile String problem = "";
    private SqlSettings settings;
    private int generations;

    /** connector opens a SQL Server database or throws a StoreException saying what to fix. */
    public StoreTargets(Database embeddedDatabase, Clock clock, HistorySettings historySettings,
            Function<SqlSettings, Database> connector) {
        this.clock = clock;
        this.historySettings = historySettings;
        this.connector = connector;
        this.embedded = target(EMBEDDED, embeddedDatabase);
        this.current = embedded;
    }

    private Target target(int generation, Database database) {
        SqlAlertStore alerts = new SqlAlertStore(database);
        return new Target(generation, "the database " + database.location(), database, new SqlFaultOutbox(database, clock), alerts,
                new SqlTelemetryHistory(database, clock, historySettings), alerts.subscribe(this::tellListeners));
    }

    /**
     * Moves the stores to the SQL Server of the settings, or back to the embedded database when settings is null
     * or cannot be used. Slow (it connects), so call it off the UI thread; calls are taken one at a time.
     */
    public synchronized void use(SqlSettings wanted) {
        if (Objects.equals(wanted, settings) && (wanted == null || !current.isEmbedded())) {
            return;
        }
        settings = wanted;
        try {
            move(wanted);
        } finally {
            tellChange();
        }
    }

    private void tellChange() {
        for (Runnable listener : changeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of where the stores are failed; the others were told", e);
            }
        }
    }

    private void move(SqlSettings wanted) {
        if (wanted == null) {
            problem = "";
            switchTo(embedded);
            return;
        }
        try {
            Database database = connector.apply(wanted);
            problem = "";
            switchTo(target(++generations, database));
            LOG.log(Level.INFO, "the outbox, alerts and history are now kept " + database.location());
        } catch (RuntimeException | LinkageError e) {
            problem = "Azure SQL cannot be used: " + e.getMessage()
                    + ". The outbox, alerts and history stay in the embedded database until the profile is fixed.";
            LOG.log(Level.WARNING, problem);
            switchTo(embedded);
        }
    }

    private void switchTo(Target next) {
        Target previous = current;
        if (previous == next) {
            return;
        }
        current = next;
        if (!previous.isEmbedded()) {
            retire(previous);
        }
    }

    /* What the history queued there is written before its database closes; its outbox entries wait there. */
    private static void retire(Target target) {
        target.history().close();
        closeQuietly(target.alertForwarding());
        target.database().close();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "closing " + closeable + " failed", e);
        }
    }

    Target current() {
        return current;
    }

    Target embedded() {
        return embedded;
    }

    /** The target of that generation if it is still in use (the embedded one always is). */
    Target byGeneration(int generation) {
        Target now = current;
        if (generation == EMBEDDED) {
            return embedded;
        }
        return now.generation() == generation ? now : null;
    }

    /** Why the profile's SQL Server is not used, in words saying what to fix; empty when nothing is wrong. */
    public String problem() {
        return problem;
    }

    /** Where the stores are now: "the database in FOLDER" or "the database at SQL Server HOST:PORT". */
    public String where() {
        return current.where();
    }

    /** Runs the listener after every profile applied, on the thread that applied it; where and problem are set. */
    public AutoCloseable onChange(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    AutoCloseable subscribe(Consumer<IotAlert> listener) {
        Objects.requireNonNull(listener, "listener");
        alertListeners.add(listener);
        return () -> alertListeners.remove(listener);
    }

    private void tellListeners(IotAlert alert) {
        for (Consumer<IotAlert> listener : alertListeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an alert listener failed on alert " + alert.id()
                        + "; the alert is recorded and the other listeners were told", e);
            }
        }
    }

    /** Writes what the histories queued and closes the SQL Server database; the embedded one is the workspace's. */
    @Override
    public synchronized void close() {
        Target last = current;
        current = embedded;
        if (!last.isEmbedded()) {
            retire(last);
        }
        embedded.history().close();
        closeQuietly(embedded.alertForwarding());
    }
}
