package org.connectedservice.dynamics.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a status Dataverse answered with into a message saying what to check or do. */
final class DataverseErrors {

    private DataverseErrors() {
    }

    static DataverseException of(String organization, int status, String path, String what, JsonNode body) {
        String table = path.contains("(") ? path.substring(0, path.indexOf('('))
                : path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String said = body.path("error").path("message").asText(body.path("raw").asText(""));
        String server = said.isEmpty() ? "" : " (Dynamics says: " + said + ")";
        String prefix = "Dynamics " + organization + " ";
        return switch (status) {
            case 401 -> new DataverseException(prefix + "refused the app's token (401)" + server + "; check that the"
                    + " app registration has an application user in this environment (Power Platform admin center >"
                    + " Environments > Settings > Users + permissions > Application users) and that the organization"
                    + " URL is the environment's", status, true, null, null);
            case 403 -> new DataverseException(prefix + "denied the application user access to " + table + " (403)"
                    + server + "; give it a security role that may write IoT devices and commands, such as IoT -"
                    + " Administrator", status, true, null, null);
            case 404 -> new DataverseException(prefix + "has no " + table + " table (404)" + server + ": the org"
                    + " lacks the Connected Customer Service solution; install Connected Customer Service for Azure"
                    + " IoT in this environment, or pick the environment that has it", status, true, null, null);
            default -> {
                boolean outage = status >= 500 || status == 408;
                yield new DataverseException(prefix + (outage ? "failed" : "refused the " + what) + " (" + status
                        + ")" + server + (outage ? "; it is sent again later" : "; it stays pending and is sent"
                                + " again later"), status, outage, null, null);
            }
        };
    }
}
