package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.PasswordSource;
import org.swinglink.store.ServerAddress;

/** Server addresses as users write them, and passwords found as libpq finds them, never from the address. */
class ServerAddressTest {
    @TempDir
    Path home;

    @Test
    void givenAFullAddress_whenRead_thenEveryPartIsKeptAndTheDriversUrlHoldsNoUser() {
        ServerAddress address = ServerAddress.parse("postgresql://coach@db.cage.example:5433/team?sslmode=require", "ana");

        assertEquals(new ServerAddress("db.cage.example", 5433, "team", "coach", Optional.of("require")), address);
        assertEquals("jdbc:postgresql://db.cage.example:5433/team?sslmode=require", address.jdbcUrl());
        assertEquals("postgresql://coach@db.cage.example:5433/team?sslmode=require", address.toString());
    }

    @Test
    void givenAShortAddressOrAJdbcUrl_whenRead_thenPortAndUserAreLibpqsDefaults() {
        assertEquals(new ServerAddress("127.0.0.1", 5432, "swinglink", "ana", Optional.empty()),
                ServerAddress.parse("postgresql://127.0.0.1/swinglink", "ana"));
        assertEquals(new ServerAddress("db", 5432, "team", "coach", Optional.empty()),
                ServerAddress.parse("jdbc:postgresql://db/team?user=coach", "ana"));
        assertTrue(ServerAddress.isServerAddress(" postgres://db/team"));
        assertFalse(ServerAddress.isServerAddress("/home/ana/.swinglink"));
    }

    @Test
    void givenAPasswordInTheAddress_whenRead_thenItIsRefusedWithoutBeingRepeated() {
        for (String address : new String[] { "postgresql://coach:s3cret-pw@db/team", "jdbc:postgresql://db/team?password=s3cret-pw" }) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ServerAddress.parse(address, "ana"));

            assertTrue(refused.getMessage().contains("PGPASSWORD or ~/.pgpass"), refused.getMessage());
            assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://db", "ana"), "no database");
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://db/team?sslmode=always", "ana"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://db/team?connectTimeout=3", "ana"));
    }

    @Test
    void givenPgpassword_whenAPasswordIsLookedFor_thenItWinsOverThePasswordFile() throws IOException {
        writePgpass("*:*:*:*:from-the-file", "rw-------");
        ServerAddress address = ServerAddress.parse("postgresql://coach@db/team", "ana");

        assertEquals(Optional.of("from-the-environment"),
                new PasswordSource(Map.of("PGPASSWORD", "from-the-environment"), home).passwordFor(address));
        assertEquals(Optional.of("from-the-file"), new PasswordSource(Map.of(), home).passwordFor(address));
    }

    @Test
    void givenAPasswordFile_whenAPasswordIsLookedFor_thenTheFirstMatchingLineGivesIt() throws IOException {
        writePgpass("""
                # the cage PC
                db:5432:team:cage:cage-pw
                db:5433:*:coach:other-port
                db:*:team:coach:pass\\:with\\\\colon
                *:*:*:coach:fallback
                """, "rw-------");
        PasswordSource passwords = new PasswordSource(Map.of(), home);

        assertEquals(Optional.of("pass:with\\colon"), passwords.passwordFor(ServerAddress.parse("postgresql://coach@db/team", "ana")));
        assertEquals(Optional.of("other-port"), passwords.passwordFor(ServerAddress.parse("postgresql://coach@db:5433/x", "ana")));
        assertEquals(Optional.of("cage-pw"), passwords.passwordFor(ServerAddress.parse("postgresql://cage@db/team", "ana")));
        assertEquals(Optional.empty(), passwords.passwordFor(ServerAddress.parse("postgresql://nobody@db/team", "ana")));
        Path elsewhere = home.resolve("team.pgpass");
        Files.writeString(elsewhere, "*:*:*:*:from-pgpassfile\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.of("from-pgpassfile"), new PasswordSource(Map.of("PGPASSFILE", elsewhere.toString()), home)
                .passwordFor(ServerAddress.parse("postgresql://nobody@db/team", "ana")));
    }

    @Test
    void givenAPasswordFileOthersCanRead_whenAPasswordIsLookedFor_thenItIsNotUsedAndTheUserIsTold() throws IOException {
        writePgpass("*:*:*:*:exposed", "rw-r--r--");
        PasswordSource passwords = new PasswordSource(Map.of(), home);

        assertEquals(Optional.empty(), passwords.passwordFor(ServerAddress.parse("postgresql://coach@db/team", "ana")));
        assertEquals(1, passwords.warnings().size());
        assertTrue(passwords.warnings().get(0).contains("chmod 0600"), passwords.warnings().toString());
        assertFalse(passwords.warnings().get(0).contains("exposed"));
    }

    private void writePgpass(String lines, String permissions) throws IOException {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, lines);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }
}
