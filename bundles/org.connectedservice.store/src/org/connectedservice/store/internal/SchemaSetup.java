package org.connectedservice.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Applies schema steps that are missing, found through the JDBC metadata both databases answer the same way, so
 * the DDL itself stays plain (no IF guards, which differ on every database).
 */
public final class SchemaSetup {

    private SchemaSetup() {
    }

    public static void apply(Connection connection, SqlDialect dialect, List<SchemaStep> steps) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            for (SchemaStep step : steps) {
                if (!exists(meta, schema, step)) {
                    statement.execute(dialect.ddl(step));
                }
            }
        }
    }

    private static boolean exists(DatabaseMetaData meta, String schema, SchemaStep step) throws SQLException {
        return switch (step) {
            case SchemaStep.Table table -> {
                try (ResultSet rows = meta.getTables(null, schema, pattern(meta, table.name()), null)) {
                    yield rows.next();
                }
            }
            case SchemaStep.Column column -> {
                try (ResultSet rows = meta.getColumns(null, schema, pattern(meta, column.table()),
                        pattern(meta, column.name()))) {
                    yield rows.next();
                }
            }
            case SchemaStep.Index index -> hasIndex(meta, schema, index);
        };
    }

    private static boolean hasIndex(DatabaseMetaData meta, String schema, SchemaStep.Index index)
            throws SQLException {
        try (ResultSet rows = meta.getIndexInfo(null, schema, stored(meta, index.table()), false, true)) {
            while (rows.next()) {
                if (index.name().equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /* H2 keeps unquoted names in upper case, SQL Server as written (ours are lower case and unquoted). */
    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /* Tables and columns are looked up by LIKE pattern, in which the underscores of our names match any character. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return escape == null ? stored(meta, name) : stored(meta, name).replace("_", escape + "_");
    }
}
