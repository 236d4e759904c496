package org.swinglink.store;

import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A column's values as a copy between the engines moves them: read as the Java types
 * {@link RowSink} writes (String, Integer, Long, Double, Boolean, byte[], null) and turned into what
 * the other engine's column takes. The one difference between the engines' columns is the flag:
 * Derby keeps a boolean as SMALLINT 1/0, PostgreSQL as BOOLEAN.
 */
final class ColumnValues {
    private ColumnValues() {
    }

    /** The value of column {@code index} of the current row, read by its JDBC type. */
    static Object read(ResultSet row, int index, int type) throws SQLException {
        Object value = switch (type) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.NCLOB -> row.getString(index);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> row.getBytes(index);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> row.getInt(index);
            case Types.BIGINT -> row.getLong(index);
            case Types.DOUBLE, Types.FLOAT -> row.getDouble(index);
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(index);
            default -> throw new StoreException("SwingLink cannot copy columns of type " + typeName(type) + " (column "
                    + row.getMetaData().getColumnName(index).toLowerCase(java.util.Locale.ROOT) + ").");
        };
        return row.wasNull() ? null : value;
    }

    /** {@code value} as a column of type {@code type} takes it: a flag as 1/0 in a number column, a number as a flag in a boolean one. */
    static Object forColumn(Object value, int type) {
        boolean flagColumn = type == Types.BOOLEAN || type == Types.BIT;
        if (value instanceof Boolean flag && !flagColumn) {
            return flag ? 1 : 0;
        }
        if (value instanceof Integer number && flagColumn) {
            return number != 0;
        }
        return value;
    }

    private static String typeName(int type) {
        try {
            return JDBCType.valueOf(type).getName();
        } catch (IllegalArgumentException e) {
            return Integer.toString(type);
        }
    }
}
