package org.swinglink.store;

import java.util.Optional;

/**
 * How this program names itself to a server ({@code application_name}): the administrator sees
 * which computer holds a connection, and a change notice says which program sent it, so a
 * workbench does not refresh for the changes it made itself.
 */
final class ServerIdentity {
    /** PostgreSQL keeps 63 characters of an application name. */
    private static final int LONGEST = 63;
    static final String APPLICATION_NAME = shortened("SwingLink " + ProcessHandle.current().pid() + "@" + host());

    private ServerIdentity() {
    }

    private static String host() {
        // the environment, not a name lookup: opening a database must not wait for DNS
        return Optional.ofNullable(System.getenv("HOSTNAME")).or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
                .filter(name -> !name.isBlank()).orElse("localhost");
    }

    private static String shortened(String name) {
        return name.length() <= LONGEST ? name : name.substring(0, LONGEST);
    }
}
