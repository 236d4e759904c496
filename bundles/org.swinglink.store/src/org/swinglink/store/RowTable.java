package org.swinglink.store;

import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/** A table {@link RowInserts} writes whole rows into: its columns in the order values are given, with their JDBC types. */
record RowTable(String name, List<String> columns, int[] types) {
    static final int TIME = Types.BIGINT;

    String insert() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    String copy() {
        return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
    }
}
