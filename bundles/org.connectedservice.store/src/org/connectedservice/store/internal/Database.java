package org.connectedservice.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The console's embedded H2 database, one file per workspace, shared by the outbox, the alert store, the history
 * and the quarantine. The stores write their SQL through {@link #dialect()}, so they run on Azure SQL as well.
 */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction; it is committed when this returns and rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String FILE_NAME = "console";
    private static final int MAX_CONNECTIONS = 8;

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final SqlDialect dialect = SqlDialect.H2;
    private volatile boolean closed;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
    }

    /**
     * Opens the database in the folder, creating the folder, the file and the tables when missing.
     *
     * @throws DatabaseInUseException when another running console holds the file
     */
    public static Database open(Path folder) {
        Path directory = folder.toAbsolutePath().normalize();
        if (directory.toString().contains(";")) {
            throw new IllegalArgumentException("the database folder " + directory
                    + " contains ';', which an H2 database path cannot hold; choose a workspace folder without ';'");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + directory + " (" + e
                    + "); check that the workspace folder is writable", e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(urlFor(directory), "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(directory, pool);
        try {
            database.transaction("create the console tables", connection -> {
                SchemaSetup.apply(connection, database.dialect(), Schema.steps(database.dialect()));
                return null;
            });
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return database;
    }

    /*
     * WRITE_DELAY=0 makes every commit reach the file before it returns, so a fault counts as emitted even if the
     * process is killed right after. The console closes the database itself, hence no shutdown hook of H2's own.
     */
    private static String urlFor(Path directory) {
        return "jdbc:h2:file:" + directory.resolve(FILE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    public Path directory() {
        return directory;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Runs the work in one transaction; purpose completes "could not ..." in the message of a failure. */
    public <T> T transaction(String purpose, Work<T> work) {
        if (closed) {
            throw new StoreException("could not " + purpose + ": the database in " + directory + " is closed", null);
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            if (dialect.isHeldByAnotherProcess(e)) {
                throw new DatabaseInUseException(directory, e);
            }
            throw new StoreException("could not " + purpose + " in the database in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }
}
