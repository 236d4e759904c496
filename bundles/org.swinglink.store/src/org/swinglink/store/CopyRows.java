package org.swinglink.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows through PostgreSQL's {@code COPY ... FROM STDIN} in its text format, inside the import's
 * transaction: the server parses no statement per row and plans nothing, so a season's events
 * and swings load several times faster than batched INSERTs. A COPY holds the connection for
 * itself while it runs, hence rows are gathered here and sent in one COPY each time.
 */
final class CopyRows extends HeldRows {
    private final CopyManager copies;
    private final String copy;
    private final StringBuilder text = new StringBuilder(1 << 16);

    CopyRows(Connection connection, RowTable table) throws SQLException {
        super(10_000);
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.copy = table.copy();
    }

    @Override
    public void add(Object[] values) {
        int before = text.length();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            switch (values[i]) {
                case null -> text.append("\\N");
                case String value -> escaped(value);
                case Boolean flag -> text.append(flag ? 't' : 'f');
                case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes)); // bytea's hex form, its backslash escaped
                case Object number -> text.append(number); // Integer, Long, Double: Java's digits are PostgreSQL's
            }
        }
        text.append('\n');
        rowHeld(text.length() - before);
    }

    @Override
    public void send() throws SQLException {
        if (held() == 0) {
            return;
        }
        byte[] rows = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copies.copyIn(copy);
        try {
            in.writeToCopy(rows, 0, rows.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        text.setLength(0);
        allSent();
    }

    @Override
    public void close() {
        text.setLength(0);
    }

    /** The text format's escapes: a backslash, tab or line break in a value would end it. */
    private void escaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
