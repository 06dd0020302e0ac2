package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.connect.SqlSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real mssql-jdbc driver against what a wrong profile meets: a closed port, a service that is not SQL Server,
 * a silent one, a malformed URL. Each failure becomes one sentence saying what to fix.
 */
class SqlServerProblemsTest {

    private final List<ServerSocket> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws IOException {
        for (ServerSocket server : servers) {
            server.close();
        }
    }

    private static String refusal(String url) {
        SqlServerUnavailableException e = assertThrows(SqlServerUnavailableException.class,
                () -> SqlServerDatabase.connect(new SqlSettings(url, "console", "secret")));
        return e.getMessage();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            return server.getLocalPort();
        }
    }

    /* Accepts connections and hands each to the peer's behaviour on a thread of its own. */
    private int server(PeerBehaviour behaviour) throws IOException {
        ServerSocket server = new ServerSocket(0);
        servers.add(server);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Socket socket = server.accept();
                    Thread.ofPlatform().daemon().start(() -> behaviour.serve(socket));
                }
            } catch (IOException e) {
                // the test is over and closed the server
            }
        });
        return server.getLocalPort();
    }

    @FunctionalInterface
    private interface PeerBehaviour {
        void serve(Socket socket);
    }

    @Test
    void aClosedPortSaysNothingListensThereAndWhatToCheck() throws IOException {
        int port = closedPort();
        String message = refusal("jdbc:sqlserver://localhost:" + port + ";databaseName=console;loginTimeout=5");
        assertEquals("nothing accepts connections at localhost:" + port + ": check the host and port in the JDBC URL"
                + " (SQL Server listens on 1433), that the server is running, and that no firewall blocks the port",
                message);
    }

    @Test
    void aServiceThatIsNotSqlServerIsNamedAsSuch() throws IOException {
        int port = server(socket -> {
            try (socket; OutputStream out = socket.getOutputStream()) {
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // the driver hung up first
            }
        });
        String message = refusal("jdbc:sqlserver://localhost:" + port + ";loginTimeout=5");
        assertEquals("the service at localhost:" + port + " is not SQL Server: check the port in the JDBC URL (SQL"
                + " Server listens on 1433)", message);
    }

    @Test
    void aServiceThatNeverAnswersIsReportedAfterTheLoginTimeout() throws IOException {
        List<Socket> held = new ArrayList<>();
        int port = server(socket -> {
            synchronized (held) {
                held.add(socket);
            }
        });
        String message = refusal("jdbc:sqlserver://localhost:" + port + ";loginTimeout=2");
        assertTrue(message.startsWith("the service at localhost:" + port + " did not answer as SQL Server in time"),
                message);
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        String message = refusal("jdbc:sqlserver://no-such-server.invalid:1433;loginTimeout=5");
        assertTrue(message.startsWith("the host in the JDBC URL (no-such-server.invalid:1433) is not known"),
                message);
    }

    @Test
    void aUrlThatIsNotSqlServersOrThatTheDriverCannotReadSaysHowItShouldLook() throws IOException {
        assertEquals("the JDBC URL 'jdbc:mysql://localhost/console' is not a SQL Server one: it starts with"
                + " jdbc:sqlserver://, like " + SqlServerProblems.URL_EXAMPLE,
                refusal("jdbc:mysql://localhost/console"));
        assertTrue(refusal(" ").startsWith("the JDBC URL is empty"));
        String message = refusal("jdbc:sqlserver://localhost:" + closedPort() + ";encrypt=maybe");
        assertEquals("the JDBC URL is not valid (The EncryptOption value \"maybe\" is not valid.): fix it in the"
                + " connection profile; it looks like " + SqlServerProblems.URL_EXAMPLE, message);
    }

    /* What SQL Server itself answers, with the states and numbers mssql-jdbc gives them. */
    @Test
    void whatTheServerRefusesSaysWhichPartOfTheProfileToChange() {
        String url = "jdbc:sqlserver://contoso.database.windows.net:1433;databaseName=console";
        assertEquals("SQL Server at contoso.database.windows.net:1433 refused the login of user 'console': check the"
                + " user name and password in the connection profile", SqlServerProblems.explain(
                        new SQLException("Login failed for user 'console'.", "S0001", 18456), url, "console"));
        assertTrue(SqlServerProblems.explain(new SQLException("Cannot open database \"console\" requested by the"
                + " login. The login failed.", "S0001", 4060), url, "console")
                .contains("check databaseName= in the JDBC URL"));
        assertTrue(SqlServerProblems.explain(new SQLException("Cannot open server 'contoso' requested by the login."
                + " Client with IP address '203.0.113.7' is not allowed to access the server.", "S0001", 40615),
                url, "console").startsWith("the firewall of contoso.database.windows.net:1433 does not let this"
                        + " computer in: allow its IP address"));
        assertTrue(SqlServerProblems.explain(new SQLException("CREATE TABLE permission denied in database"
                + " 'console'.", "S0001", 262), url, "console").contains("grant it db_ddladmin"));
    }
}
