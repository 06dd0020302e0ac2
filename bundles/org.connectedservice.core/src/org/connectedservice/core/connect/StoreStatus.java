package org.connectedservice.core.connect;

/**
 * Where the fault outbox, the IoT alerts and the history are kept: where says which database, in words. problem
 * is empty unless the profile names an Azure SQL the console cannot use; it then says what to fix, and the stores
 * stay in the workspace database meanwhile.
 */
public record StoreStatus(String where, boolean azureSql, String problem) {

    public StoreStatus {
        where = where == null ? "" : where;
        problem = problem == null ? "" : problem;
    }

    /** One line for a status bar. */
    public String summary() {
        if (!problem.isEmpty()) {
            return "Store: embedded, Azure SQL failed";
        }
        return azureSql ? "Store: Azure SQL" : "Store: embedded";
    }
}
