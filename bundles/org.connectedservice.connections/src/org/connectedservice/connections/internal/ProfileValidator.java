package org.connectedservice.connections.internal;

import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.SqlSettings;

/**
 * Checks a profile before it is stored, so a mistake is caught while the user still has the dialog open rather
 * than as a failed connection later. Every message names the field and says what to enter instead.
 */
public final class ProfileValidator {

    public static final int MAX_NAME_CHARS = 100;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\\d{1,5})?");
    private static final Pattern DATAVERSE_HOST = Pattern.compile("[a-z0-9][a-z0-9-]*\\.crm\\d*\\.dynamics\\.com");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final String ORG_URL_HELP = "enter the environment URL, https://<org>.crm.dynamics.com (Power"
            + " Platform admin center > Environments > your environment > Environment URL)";
    private static final String TOKEN_HELP = "enter https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/token"
            + " with the tenant id of the app registration (Microsoft Entra ID > App registrations > Overview)";

    private ProfileValidator() {
    }

    /** @throws IllegalArgumentException naming the first wrong field and what to do */
    public static void check(ConnectionProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("no profile to save");
        }
        if (profile.name() == null || profile.name().isBlank()) {
            throw new IllegalArgumentException("Profile name: it is empty; give the profile a name, e.g. Contoso"
                    + " production");
        }
        if (profile.name().strip().length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("Profile name: it is longer than " + MAX_NAME_CHARS
                    + " characters; shorten it");
        }
        profile.hub().ifPresent(ProfileValidator::checkHub);
        profile.dataverse().ifPresent(ProfileValidator::checkDynamics);
        profile.azureSql().ifPresent(ProfileValidator::checkSql);
    }

    static void checkHub(IotHubSettings hub) {
        String host = hub.hostName() == null ? "" : hub.hostName().strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("IoT Hub host name: it is empty; enter <hub>.azure-devices.net, or"
                    + " paste the hub's connection string into the connection string field");
        }
        if (host.contains("=") || host.contains(";")) {
            throw new IllegalArgumentException("IoT Hub host name: it holds a connection string; paste that into"
                    + " the connection string field, or enter only the host name (<hub>.azure-devices.net)");
        }
        if (host.contains("://") || host.contains("/")) {
            throw new IllegalArgumentException("IoT Hub host name: enter only the host name, without https:// or a"
                    + " path, e.g. contoso-hub.azure-devices.net; got '" + host + "'");
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("IoT Hub host name: '" + host + "' is not a host name; enter"
                    + " <hub>.azure-devices.net as the hub's Overview page shows it");
        }
        String keyName = hub.sharedAccessKeyName() == null ? "" : hub.sharedAccessKeyName().strip();
        if (keyName.isEmpty() || keyName.contains("=") || keyName.contains(";")) {
            throw new IllegalArgumentException("IoT Hub shared access policy: enter the policy's name, e.g."
                    + " iothubowner or registryReadWrite (Security settings > Shared access policies)");
        }
        String key = hub.sharedAccessKey() == null ? "" : hub.sharedAccessKey().strip();
        if (key.isEmpty() || !isBase64(key)) {
            throw new IllegalArgumentException("IoT Hub shared access key: " + (key.isEmpty() ? "it is empty"
                    : "it is not a base64 key") + "; copy the policy's Primary key, or its whole connection string"
                    + " into the connection string field");
        }
        if (hub.deviceProtocol() == null) {
            throw new IllegalArgumentException("IoT Hub device protocol: choose MQTT or AMQP");
        }
    }

    private static boolean isBase64(String key) {
        try {
            return Base64.getDecoder().decode(key).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void checkDynamics(DynamicsSettings dynamics) {
        URI org = dynamics.organizationUrl();
        if (org == null || org.getHost() == null) {
            throw new IllegalArgumentException("Dynamics organization URL: " + (org == null ? "it is empty"
                    : "'" + org + "' is not a web address") + "; " + ORG_URL_HELP);
        }
        boolean local = isLocal(org);
        String host = org.getHost().toLowerCase(Locale.ROOT);
        if (!local && (!"https".equalsIgnoreCase(org.getScheme()) || !DATAVERSE_HOST.matcher(host).matches())) {
            throw new IllegalArgumentException("Dynamics organization URL: '" + org + "' is not"
                    + " https://<org>.crm*.dynamics.com; " + ORG_URL_HELP);
        }
        String path = org.getPath() == null ? "" : org.getPath();
        if (!path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("Dynamics organization URL: enter only the environment's address,"
                    + " without " + path + "; " + ORG_URL_HELP);
        }
        URI token = dynamics.tokenEndpoint();
        if (token == null || token.getHost() == null) {
            throw new IllegalArgumentException("Dynamics token endpoint: " + (token == null ? "it is empty"
                    : "'" + token + "' is not a web address") + "; " + TOKEN_HELP);
        }
        if (!isLocal(token) && (!"https".equalsIgnoreCase(token.getScheme())
                || !token.getPath().endsWith("/oauth2/v2.0/token"))) {
            throw new IllegalArgumentException("Dynamics token endpoint: '" + token + "' is not a v2.0 token"
                    + " address; " + TOKEN_HELP);
        }
        String clientId = dynamics.clientId() == null ? "" : dynamics.clientId().strip();
        if (clientId.isEmpty() || !local && !GUID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("Dynamics client id: " + (clientId.isEmpty() ? "it is empty"
                    : "'" + clientId + "' is not an application id") + "; copy the Application (client) ID, a GUID,"
                    + " from the app registration's Overview page");
        }
        if (dynamics.clientSecret() == null || dynamics.clientSecret().isBlank()) {
            throw new IllegalArgumentException("Dynamics client secret: it is empty; create one under the app"
                    + " registration's Certificates & secrets and paste its Value (not its Secret ID)");
        }
    }

    /* Local addresses are test peers, which speak plain HTTP and have no Azure host names. */
    private static boolean isLocal(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    static void checkSql(SqlSettings sql) {
        String url = sql.jdbcUrl() == null ? "" : sql.jdbcUrl().strip();
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlserver://")) {
            throw new IllegalArgumentException("Azure SQL JDBC URL: " + (url.isEmpty() ? "it is empty"
                    : "it does not start with jdbc:sqlserver://") + "; copy the JDBC connection string from the"
                    + " database's Connection strings page (Azure portal > SQL database > Settings)");
        }
        boolean entraAuth = url.toLowerCase(Locale.ROOT).contains("authentication=activedirectory");
        if (!entraAuth && (sql.user() == null || sql.user().isBlank())) {
            throw new IllegalArgumentException("Azure SQL user: it is empty; enter the SQL login, or add"
                    + " authentication=ActiveDirectoryDefault to the URL to sign in with Microsoft Entra ID");
        }
        if (!entraAuth && (sql.password() == null || sql.password().isEmpty())) {
            throw new IllegalArgumentException("Azure SQL password: it is empty; enter the login's password");
        }
    }
}
