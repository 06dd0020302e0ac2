package org.connectedservice.store.internal;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns what mssql-jdbc reports into one sentence saying what is wrong with the connection profile and what to
 * change. The driver's own text names every cause at once ("Make sure that an instance of SQL Server is running
 * ... not blocked by a firewall"); the error numbers and states tell them apart.
 */
final class SqlServerProblems {

    static final String URL_EXAMPLE = "jdbc:sqlserver://SERVER.database.windows.net:1433;databaseName=DATABASE;"
            + "encrypt=true";

    private static final int LOGIN_FAILED = 18456;
    private static final int AZURE_LOGIN_FAILED = 40532;
    private static final int CANNOT_OPEN_DATABASE = 4060;
    private static final int AZURE_FIREWALL = 40615;
    private static final int PERMISSION_DENIED = 262;
    private static final int OBJECT_PERMISSION_DENIED = 229;
    private static final String CONNECTION_FAILURE_CLASS = "08";

    private SqlServerProblems() {
    }

    /** The server part of a jdbc:sqlserver:// URL: host, instance and port as written. */
    static String server(String jdbcUrl) {
        String rest = jdbcUrl.substring(SqlServerDatabase.URL_PREFIX.length());
        int end = rest.indexOf(';');
        String server = end < 0 ? rest : rest.substring(0, end);
        return server.isEmpty() ? "localhost" : server;
    }

    static String explain(SQLException e, String jdbcUrl, String user) {
        String server = server(jdbcUrl);
        String driverText = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        String text = driverText.toLowerCase(Locale.ROOT);
        switch (e.getErrorCode()) {
            case LOGIN_FAILED, AZURE_LOGIN_FAILED:
                return "SQL Server at " + server + " refused the login of user '" + user + "': check the user name"
                        + " and password in the connection profile";
            case CANNOT_OPEN_DATABASE:
                return "SQL Server at " + server + " has no database by the name in the JDBC URL, or user '" + user
                        + "' may not open it: check databaseName= in the JDBC URL (" + driverText + ")";
            case AZURE_FIREWALL:
                return "the firewall of " + server + " does not let this computer in: allow its IP address in the"
                        + " Azure SQL server's Networking settings (" + driverText + ")";
            case PERMISSION_DENIED, OBJECT_PERMISSION_DENIED:
                return "user '" + user + "' may not create or use the console's tables on " + server + ": grant it"
                        + " db_ddladmin, db_datareader and db_datawriter in the database (" + driverText + ")";
            default:
                break;
        }
        if (e.getSQLState() == null && (text.contains("connection string") || text.contains("is not valid"))) {
            return "the JDBC URL is not valid (" + driverText + "): fix it in the connection profile; it looks like "
                    + URL_EXAMPLE;
        }
        if (text.contains("connection refused")) {
            return "nothing accepts connections at " + server + ": check the host and port in the JDBC URL (SQL"
                    + " Server listens on 1433), that the server is running, and that no firewall blocks the port";
        }
        if (causedBy(e, UnknownHostException.class) || text.contains("name or service not known")
                || text.contains("no such host") || text.contains("unknownhost")) {
            return "the host in the JDBC URL (" + server + ") is not known: check its spelling (Azure SQL servers"
                    + " are SERVER.database.windows.net) and this computer's network connection";
        }
        if (text.contains("pre-login") || text.contains("prelogin")) {
            return "the service at " + server + " is not SQL Server: check the port in the JDBC URL (SQL Server"
                    + " listens on 1433)";
        }
        if (causedBy(e, SocketTimeoutException.class) || text.contains("timed out")) {
            return "the service at " + server + " did not answer as SQL Server in time: check the host and port in"
                    + " the JDBC URL (SQL Server listens on 1433), or raise loginTimeout= in it for a slow network";
        }
        if (text.contains("ssl") || text.contains("tls") || text.contains("certificate") || text.contains("pkix")) {
            return "no secure connection to " + server + " could be made (" + driverText + "): Azure SQL needs"
                    + " encrypt=true; a SQL Server with a self-signed certificate needs trustServerCertificate=true"
                    + " in the JDBC URL";
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_FAILURE_CLASS)) {
            return "the connection to SQL Server at " + server + " failed (" + driverText + "): check the JDBC URL"
                    + " and the network";
        }
        return "SQL Server at " + server + " reported: " + driverText;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
