package org.connectedservice.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.ConnectionPoolDataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A console database: the embedded H2 file of a workspace, or a SQL Server (Azure SQL) reached through mssql-jdbc.
 * The stores write their SQL through {@link #dialect()}, so the same stores run on both.
 */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction; it is committed when this returns and rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String FILE_NAME = "console";
    private static final int MAX_CONNECTIONS = 8;

    private final String location;
    private final JdbcConnectionPool pool;
    private final SqlDialect dialect;
    private final Function<SQLException, String> explain;
    private final Path embeddedFolder;
    private volatile boolean closed;

    private Database(String location, JdbcConnectionPool pool, SqlDialect dialect,
            Function<SQLException, String> explain, Path embeddedFolder) {
        this.location = location;
        this.pool = pool;
        this.dialect = dialect;
        this.explain = explain;
        this.embeddedFolder = embeddedFolder;
    }

    /**
     * Opens the embedded database in the folder, creating the folder, the file and the tables when missing.
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
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(urlFor(directory));
        source.setUser("sa");
        source.setPassword("");
        return connect(source, SqlDialect.H2, "in " + directory, SQLException::getMessage, directory);
    }

    /**
     * A database behind any pooled JDBC source, its tables created when missing. location completes "the database
     * ..." in messages; explain turns a failure into what the user should do about it.
     */
    static Database connect(ConnectionPoolDataSource source, SqlDialect dialect, String location,
            Function<SQLException, String> explain) {
        return connect(source, dialect, location, explain, null);
    }

    private static Database connect(ConnectionPoolDataSource source, SqlDialect dialect, String location,
            Function<SQLException, String> explain, Path embeddedFolder) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(location, pool, dialect, explain, embeddedFolder);
        try {
            database.transaction("create the console tables", connection -> {
                SchemaSetup.apply(connection, dialect, Schema.steps(dialect));
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

    /** Where the database is, as it completes "the database ..." in messages. */
    public String location() {
        return location;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Runs the work in one transaction; purpose completes "could not ..." in the message of a failure. */
    public <T> T transaction(String purpose, Work<T> work) {
        if (closed) {
            throw new StoreException("could not " + purpose + ": the database " + location + " is closed", null);
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
            if (embeddedFolder != null && dialect.isHeldByAnotherProcess(e)) {
                throw new DatabaseInUseException(embeddedFolder, e);
            }
            throw new StoreException("could not " + purpose + " in the database " + location + ": "
                    + explain.apply(e), e);
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
