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
    /** With a token of its own: two computers' programs may have the same process id and host name. */
    static final String APPLICATION_NAME = shortened("SwingLink " + ProcessHandle.current().pid() + "@" + host() + " "
            + java.util.UUID.randomUUID().toString().substring(0, 8));

    private ServerIdentity() {
    }

    private static String host() {
        // the environment, not a name lookup: opening a database must not wait for DNS
        return Optional.ofNullable(System.getenv("HOSTNAME")).or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
                .filter(name -> !name.isBlank()).orElse("localhost");
    }

    /** ASCII, as PostgreSQL keeps it (other characters become '?'), and no longer than it keeps. */
    private static String shortened(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "?");
        return ascii.length() <= LONGEST ? ascii : ascii.substring(ascii.length() - LONGEST); // the token last, kept whole
    }
}
