package org.swinglink.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;

/**
 * Creates and extends the tables only when the entity classes changed since the database last saw
 * them. EclipseLink's create-or-extend read Derby's metadata for every table at each start, about
 * 0.2 s of a two-second command; instead the SHA-256 of the entity classes' bytecode is kept as a
 * Derby database property and the schema is brought up to date when it differs; imports whose
 * figures an older SwingLink stored are then recounted once ({@link ImportFigures}).
 */
final class SchemaStamp {
    static final String PROPERTY = "swinglink.schema.stamp";

    private SchemaStamp() {
    }

    /** Upgrades an earlier release's rows, then the tables; returns what the user should be told of the upgrade. */
    static List<String> bringUpToDate(EntityManagerFactory factory, DatabaseFolder folder) {
        SchemaVersion.Upgrade upgrade = upgradeRows(factory, folder);
        if (upgrade.movedIntoTheDatabase() != null) {
            Folders.removeQuietly(upgrade.movedIntoTheDatabase());
        }
        extendTables(factory);
        return upgrade.notes();
    }

    /** In its own transaction: the schema manager below alters tables on a connection of its own. */
    private static SchemaVersion.Upgrade upgradeRows(EntityManagerFactory factory, DatabaseFolder folder) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection connection = em.unwrap(Connection.class);
            SchemaVersion.Upgrade upgrade = SchemaVersion.upgrade(connection, ZoneId.systemDefault(), folder);
            SchemaVersion.markCurrent(connection);
            em.getTransaction().commit();
            return upgrade;
        } catch (SQLException | IOException e) {
            throw new PersistenceException("cannot bring the database to this release's format: " + e.getMessage(), e);
        } finally {
            Rollback.quietly(em.getTransaction());
            em.close();
        }
    }

    private static void extendTables(EntityManagerFactory factory) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection connection = em.unwrap(Connection.class);
            String stamp = of(factory, Engine.of(connection));
            if (!stamp.equals(stored(connection))) {
                new SchemaManager(JpaHelper.getDatabaseSession(factory)).extendDefaultTables(true);
                OriginalFiles.addColumnsWhereMissing(connection);
                RowIds.createWhereMissing(connection);
                AggregateIndexes.createWhereMissing(connection);
                SeasonSums.createOrRenew(connection);
                ChangeNotices.createOrRenew(connection);
                ImportFigures.refreshUncounted(em); // figures stored before they followed edits may be stale
                store(connection, stamp);
            }
            em.getTransaction().commit();
        } catch (SQLException e) {
            throw new PersistenceException("cannot read or write the schema stamp: " + e.getMessage(), e);
        } finally {
            Rollback.quietly(em.getTransaction());
            em.close();
        }
    }

    /** SHA-256 over the bytecode of every entity class, in name order, the unmapped columns, the id sequence, the aggregates' indexes, the season sums and, on a server, the change notices. */
    static String of(EntityManagerFactory factory, Engine engine) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (EntityType<?> entity : factory.getMetamodel().getEntities().stream()
                    .sorted(Comparator.comparing(EntityType::getName)).toList()) {
                Class<?> type = entity.getJavaType();
                try (InputStream bytes = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (bytes == null) {
                        throw new IllegalStateException("no class file for " + type.getName());
                    }
                    digest.update(type.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(bytes.readAllBytes());
                }
            }
            digest.update(OriginalFiles.DEFINITION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(RowIds.DEFINITION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String index : AggregateIndexes.DEFINITIONS) {
                digest.update(index.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            SeasonSums.definitions().forEach(sql -> digest.update(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (engine == Engine.POSTGRESQL) { // Derby has none: its databases keep their stamp
                ChangeNotices.definitions().forEach(sql -> digest.update(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint the entity classes", e);
        }
    }

    private static String stored(Connection connection) throws SQLException {
        return Engine.of(connection).property(connection, PROPERTY);
    }

    private static void store(Connection connection, String stamp) throws SQLException {
        Engine.of(connection).setProperty(connection, PROPERTY, stamp);
    }
}
