package org.connectedservice.store.internal;

import java.util.List;

/**
 * One thing a store needs in its database. A step is applied only when what it adds is missing, so opening a
 * database made by an older console adds the new tables, columns and indexes and keeps its data, on H2 and on
 * SQL Server alike.
 */
public sealed interface SchemaStep {

    record Table(String name, List<String> columns) implements SchemaStep {
    }

    record Column(String table, String name, String type) implements SchemaStep {
    }

    record Index(String name, String table, String columns) implements SchemaStep {
    }
}
