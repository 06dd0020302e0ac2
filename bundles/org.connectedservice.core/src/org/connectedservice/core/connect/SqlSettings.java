package org.connectedservice.core.connect;

/** Azure SQL (or any SQL Server) through mssql-jdbc, for the outbox, alerts and history. */
public record SqlSettings(String jdbcUrl, String user, String password) {
}
