package org.swinglink.store;

import java.util.Optional;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * How SwingLink connects to a PostgreSQL server: one place, so the store and the connection check
 * reach the server alike. A data source, not a driver class: DriverManager would look for the
 * driver from EclipseLink's bundle, which cannot see it.
 */
final class ServerDataSource {
    private ServerDataSource() {
    }

    static PGSimpleDataSource of(ServerAddress server, Optional<String> password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.jdbcUrl());
        source.setUser(server.user());
        // none found: an empty one, else the driver would read a password file itself, one PasswordSource refused
        source.setPassword(password.orElse(""));
        source.setReWriteBatchedInserts(true); // a batch of rows as multi-row statements: one round trip per batch
        source.setApplicationName(ServerIdentity.APPLICATION_NAME); // change notices tell their own program from others
        return source;
    }
}
