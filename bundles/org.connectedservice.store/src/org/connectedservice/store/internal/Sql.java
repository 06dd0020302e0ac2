package org.connectedservice.store.internal;

/** How our enums travel through JDBC (as their names, the same on H2 and SQL Server). */
final class Sql {

    private Sql() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
