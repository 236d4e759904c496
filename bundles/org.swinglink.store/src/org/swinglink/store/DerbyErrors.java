package org.swinglink.store;

import java.sql.SQLException;

/** Turns Derby's failures to open a database into messages a user can act on. */
final class DerbyErrors {
    private DerbyErrors() {
    }

    static StoreException explainOpenFailure(DatabaseFolder folder, RuntimeException failure) {
        SQLException sql = firstSqlException(failure);
        String state = sql == null ? null : deepestSqlState(sql);
        java.util.Optional<DatabaseOwner> owner = DatabaseOwner.liveOwnerOf(folder).filter(DatabaseOwner::isAnotherProcess);
        if ("XSDB6".equals(state) || owner.isPresent()) {
            return inUse(folder, owner.map(DatabaseOwner::describe).orElse("another SwingLink process"), failure);
        }
        String detail = sql == null ? rootMessage(failure) : sql.getMessage();
        return new StoreException("Cannot open the database in " + folder.root() + ": " + detail, failure);
    }

    static StoreException inUse(DatabaseFolder folder, String holder, RuntimeException failure) {
        return new StoreException("The SwingLink database in " + folder.root() + " is in use by " + holder
                + ". Only one program can use a database at a time: close that one, or choose another database (--db).", failure);
    }

    private static SQLException firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String deepestSqlState(SQLException sql) {
        String state = sql.getSQLState();
        for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
            state = next.getSQLState();
        }
        for (Throwable t = sql.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException nested && nested.getSQLState() != null) {
                state = nested.getSQLState();
            }
        }
        return state;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
