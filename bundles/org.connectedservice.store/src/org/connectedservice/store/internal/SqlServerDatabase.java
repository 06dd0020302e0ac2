package org.connectedservice.store.internal;

import java.sql.SQLException;

import org.connectedservice.core.connect.SqlSettings;

import com.microsoft.sqlserver.jdbc.SQLServerConnectionPoolDataSource;

/**
 * Opens the console database on SQL Server or Azure SQL through mssql-jdbc, creating the tables when missing. The
 * only class that names the driver: without it installed the console still runs, embedded.
 */
final class SqlServerDatabase {

    static final String URL_PREFIX = "jdbc:sqlserver://";

    private SqlServerDatabase() {
    }

    /** @throws SqlServerUnavailableException with a message saying what to fix in the profile */
    static Database connect(SqlSettings settings) {
        String url = settings.jdbcUrl() == null ? "" : settings.jdbcUrl().strip();
        if (!url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length())) {
            throw new SqlServerUnavailableException("the JDBC URL " + (url.isEmpty() ? "is empty" : "'" + url
                    + "' is not a SQL Server one") + ": it starts with " + URL_PREFIX + ", like "
                    + SqlServerProblems.URL_EXAMPLE, null);
        }
        String user = settings.user() == null ? "" : settings.user();
        try {
            SQLServerConnectionPoolDataSource source = new SQLServerConnectionPoolDataSource();
            source.setURL(url);
            if (!user.isEmpty()) {
                source.setUser(user);
            }
            if (settings.password() != null && !settings.password().isEmpty()) {
                source.setPassword(settings.password());
            }
            return Database.connect(source, SqlDialect.SQL_SERVER, "at SQL Server " + SqlServerProblems.server(url),
                    e -> SqlServerProblems.explain(e, url, user));
        } catch (StoreException e) {
            String problem = e.getCause() instanceof SQLException cause ? SqlServerProblems.explain(cause, url, user)
                    : e.getMessage();
            throw new SqlServerUnavailableException(problem, e.getCause());
        } catch (NoClassDefFoundError e) {
            throw new SqlServerUnavailableException("the SQL Server driver (bundle com.microsoft.sqlserver.mssql-jdbc)"
                    + " is not installed in this console; install the full product to connect to Azure SQL", e);
        }
    }
}
