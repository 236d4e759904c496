package org.swinglink.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * SwingLink's database: EclipseLink on an embedded Derby database in a {@link DatabaseFolder}, or
 * on a PostgreSQL server ({@link ServerAddress}) that several analysts and cage PCs share.
 * The schema is created (and extended with new columns) when the database is opened, if the entity
 * classes changed since it was last opened ({@link SchemaStamp}).
 * Thread-safe; close it to shut the database down cleanly.
 */
public final class Store implements AutoCloseable {
    private static final String PERSISTENCE_UNIT = "swinglink";
    private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
    private static final String LOG_BUFFER = "derby.storage.logBufferSize";
    /** What Derby writes into a database folder; anything else means the folder is not Derby's. */
    private static final Set<String> DERBY_FILES = Set.of("seg0", "log", "tmp", "db.lck", "dbex.lck",
            "README_DO_NOT_TOUCH_FILES.txt");

    /** Databases this process has open: only the first opener may call unfinished imports interrupted. */
    private static final Map<Path, Integer> OPEN_IN_THIS_PROCESS = new HashMap<>();

    /** The advisory lock a running import's connection holds on a server, followed by the import's id. */
    static final String RUNNING_IMPORT = "swinglink import ";

    private final DatabaseFolder folder;
    /** The server, or null for the embedded database in {@link #folder}. */
    private final ServerAddress server;
    /** The server's connections, or null for the embedded database. */
    private final javax.sql.DataSource serverSource;
    private final EntityManagerFactory factory;
    private final SwingQueries queries;
    private final SeasonQueries seasons;
    private final DatabaseOwner owner = DatabaseOwner.thisProcess();
    private final List<String> upgradeNotes;

    private Store(DatabaseFolder folder, ServerAddress server, javax.sql.DataSource serverSource, EntityManagerFactory factory,
            List<String> upgradeNotes) {
        this.folder = folder;
        this.server = server;
        this.serverSource = serverSource;
        this.factory = factory;
        this.upgradeNotes = List.copyOf(upgradeNotes);
        this.queries = new SwingQueries(this);
        this.seasons = new SeasonQueries(this);
    }

    /** Opens (and on first use creates) the database in {@code folder}. */
    public static Store open(DatabaseFolder folder) {
        prepareFolder(folder);
        refuseWhenHeldByAnotherProcess(folder);
        EntityManagerFactory factory = null;
        try {
            factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, connectionProperties(folder));
            if (factory == null) {
                throw new StoreException("EclipseLink found no persistence unit '" + PERSISTENCE_UNIT + "'");
            }
            // connects, upgrades an earlier release's database and creates the schema now, not at first use
            List<String> upgradeNotes = SchemaStamp.bringUpToDate(factory, folder);
            Store store = new Store(folder, null, null, factory, upgradeNotes);
            store.owner.writeTo(folder);
            if (firstOpenInThisProcess(folder)) {
                new InterruptedImports(store).markFailed();
                Folders.removeQuietly(folder.workDirectory()); // working copies of imports a stopped process left
            }
            return store;
        } catch (RuntimeException e) {
            if (factory != null) {
                factory.close();
            }
            throw e instanceof StoreException known ? known : DerbyErrors.explainOpenFailure(folder, e);
        }
    }

    /**
     * Opens (and on first use makes the tables of) the database on a PostgreSQL server, with the
     * password {@code passwords} finds; {@code local} holds this computer's logs and the working
     * copies of its imports.
     *
     * @throws StoreException naming the server and why it cannot be used, never a password
     */
    public static Store open(ServerAddress server, PasswordSource passwords, DatabaseFolder local) {
        try {
            Files.createDirectories(local.root());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + local.root() + " for SwingLink's logs: " + e.getMessage(), e);
        }
        EntityManagerFactory factory = null;
        try {
            PGSimpleDataSource source = ServerDataSource.of(server, passwords.passwordFor(server));
            factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, serverProperties(source, local));
            if (factory == null) {
                throw new StoreException("EclipseLink found no persistence unit '" + PERSISTENCE_UNIT + "'");
            }
            List<String> upgradeNotes;
            try (SchemaLock schema = SchemaLock.take(source)) {
                upgradeNotes = SchemaStamp.bringUpToDate(factory, local);
            }
            Store store = new Store(local, server, source, factory, upgradeNotes);
            new InterruptedImports(store).markFailed(); // only those no live connection holds
            return store;
        } catch (RuntimeException e) {
            if (factory != null) {
                factory.close();
            }
            throw e instanceof StoreException known ? known : ServerErrors.explainOpenFailure(server, e, passwords.warnings());
        }
    }

    /**
     * The database a user's setting names: a server address ({@link ServerAddress#isServerAddress}),
     * else a folder; blank means {@code -Dswinglink.db}, else {@link DatabaseFolder#homeFolder()}.
     */
    public static Store open(String setting) {
        String effective = DatabaseSetting.effective(setting);
        if (DatabaseSetting.namesServer(effective)) {
            return open(DatabaseSetting.server(effective), PasswordSource.ofThisProcess(), DatabaseFolder.homeFolder());
        }
        return open(DatabaseSetting.folder(effective));
    }

    private static Map<String, Object> serverProperties(PGSimpleDataSource source, DatabaseFolder local) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, source);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, "PostgreSQL");
        properties.put(PersistenceUnitProperties.LOGGING_FILE, local.root().resolve("eclipselink.log").toString());
        properties.put(PersistenceUnitProperties.CLASSLOADER, Store.class.getClassLoader());
        // EclipseLink takes a data source for a pool and asks it for a new connection at every read outside a
        // transaction; the driver's does not pool, so each read paid a login (SCRAM and a new server process):
        // reading 3,667 swings' states for an undo took minutes. EclipseLink's own pools keep a few open.
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_INTERNALLY_POOL_DATASOURCE, "true");
        for (String pool : List.of("default", "read")) {
            String prefix = PersistenceUnitProperties.CONNECTION_POOL + pool + ".";
            properties.put(prefix + PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
            properties.put(prefix + PersistenceUnitProperties.CONNECTION_POOL_MIN, "2");
            properties.put(prefix + PersistenceUnitProperties.CONNECTION_POOL_MAX, "8");
        }
        return properties;
    }

    /** An import marked running until closed; closing never throws. */
    public interface RunningImport extends AutoCloseable {
        @Override
        void close();
    }

    /** Listening for other programs' changes; closing it stops listening. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * On a server, calls {@code onChange} with the names of the tables ({@code import_sessions},
     * {@code sensor_swings}, {@code hittrax_events}, {@code users}) another program changed, each
     * time one of its transactions commits, on a thread of this listener's own. Embedded Derby
     * admits no other program: nothing is ever called.
     */
    public Listening onChangesByOthers(java.util.function.Consumer<java.util.Set<String>> onChange) {
        if (serverSource == null) {
            return () -> { };
        }
        return ServerChanges.start(serverSource, onChange);
    }

    /**
     * Marks import {@code importId} running for as long as this process lives, so that no other
     * program opening the database calls it interrupted: on a server, a connection of its own holds
     * an advisory lock, which the server drops with the connection if this process dies. Embedded
     * Derby admits one program: nothing to hold.
     */
    public RunningImport running(String importId) {
        if (serverSource == null) {
            return () -> { };
        }
        try {
            Connection connection = serverSource.getConnection();
            try (java.sql.PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, RUNNING_IMPORT + importId);
                lock.execute();
            }
            return () -> {
                try {
                    connection.close(); // the lock goes with the connection
                } catch (SQLException e) {
                    // the server dropped it already, and the lock with it
                }
            };
        } catch (SQLException e) {
            throw new StoreException("Cannot mark the import running on " + server + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where import {@code importId} keeps working copies of its files. Ids are a database's own, so on
     * a server the folder is the server's and database's too: two databases' imports of one id on this
     * computer never share it.
     */
    public Path workDirectory(String importId) {
        if (server == null) {
            return folder.workDirectory(importId);
        }
        String database = (server.host() + "-" + server.port() + "-" + server.database()).replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.workDirectory().resolve(database).resolve(importId);
    }

    /** The server this store is on; empty for an embedded database. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * Embedded Derby admits one process; through EclipseLink its refusal reads "No suitable driver",
     * so the owner record is checked first and names the program to close.
     */
    private static void refuseWhenHeldByAnotherProcess(DatabaseFolder folder) {
        DatabaseOwner.liveOwnerOf(folder).filter(DatabaseOwner::isAnotherProcess)
                .ifPresent(owner -> { throw DerbyErrors.inUse(folder, owner.describe(), null); });
    }

    /** Checks the folder before Derby does: EclipseLink reports every Derby failure as "No suitable driver". */
    private static void prepareFolder(DatabaseFolder folder) {
        Path root = folder.root();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw UnusableFolder.cannotCreate(root, e);
        }
        if (!Files.isWritable(root)) {
            throw UnusableFolder.notWritable(root);
        }
        UnusableFolder.refuseForeign(folder);
        Path derby = folder.derbyDirectory();
        if (Files.exists(derby) && !Files.exists(derby.resolve("service.properties")) && holdsOnlyDerbyFiles(derby)) {
            removeUnfinishedCreation(derby);
        }
        if (Files.exists(derby) && !Files.exists(derby.resolve("service.properties"))) {
            throw new StoreException(derby + " exists but is not a SwingLink database; move it away or choose another folder.");
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", folder.derbyLog().toString());
        }
        // A season's import logs gigabytes: a 1 MB log buffer (Derby's is 32 KB) wrote 100,000 rows 30 % faster.
        if (System.getProperty(LOG_BUFFER) == null) {
            System.setProperty(LOG_BUFFER, Integer.toString(1 << 20));
        }
    }

    static boolean holdsOnlyDerbyFiles(Path derby) {
        try (var entries = Files.list(derby)) {
            return entries.allMatch(entry -> DERBY_FILES.contains(entry.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A process stopped while Derby created the database. Derby cannot open a database without its
     * service.properties, so such a folder holds nothing usable; removing it loses nothing.
     */
    private static void removeUnfinishedCreation(Path derby) {
        try (var paths = Files.walk(derby)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StoreException(derby + " holds a database whose creation was interrupted and cannot be removed: "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Object> connectionProperties(DatabaseFolder folder) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, DERBY_DRIVER);
        properties.put(PersistenceUnitProperties.JDBC_URL, "jdbc:derby:" + folder.derbyDirectory() + ";create=true");
        // EclipseLink logs to standard output by default, which belongs to the commands' results.
        properties.put(PersistenceUnitProperties.LOGGING_FILE, folder.root().resolve("eclipselink.log").toString());
        // In OSGi EclipseLink must load persistence.xml, the entities and the driver through this bundle.
        properties.put(PersistenceUnitProperties.CLASSLOADER, Store.class.getClassLoader());
        return properties;
    }

    /** What opening did to a database an earlier release wrote, for the user; empty when nothing. */
    public List<String> upgradeNotes() {
        return upgradeNotes;
    }

    public DatabaseFolder folder() {
        return folder;
    }

    /** The query patterns of the schema proposal and the listings the front ends need. */
    public SwingQueries queries() {
        return queries;
    }

    /** Sessions, weeks and months of a player, and the team's leaderboard, summed by the database. */
    public SeasonQueries seasons() {
        return seasons;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            Rollback.quietly(transaction);
            entityManager.close();
        }
    }

    /** {@link #inTransaction(Function)} for work without a result. */
    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    /** Runs read-only work with an entity manager that is closed afterwards. */
    public <T> T read(Function<EntityManager, T> work) {
        return this.<T, RuntimeException>withEntityManager(work::apply);
    }

    /** Work with an entity manager of the store's; it may throw what its caller lets through. */
    @FunctionalInterface
    interface EntityWork<T, X extends Exception> {
        T apply(EntityManager em) throws X;
    }

    /** {@link #read(Function)} for work that may throw what its caller lets through, such as a streaming read's consumer. */
    <T, X extends Exception> T withEntityManager(EntityWork<T, X> work) throws X {
        EntityManager entityManager = factory.createEntityManager();
        try {
            return work.apply(entityManager);
        } finally {
            entityManager.close();
        }
    }

    /** Work on a JDBC connection of the store's; it may throw what its caller lets through. */
    @FunctionalInterface
    interface ConnectionWork<T, X extends Exception> {
        T apply(Connection connection) throws SQLException, X;
    }

    /**
     * Runs read-only work on a connection of its own, in a transaction that is rolled back
     * afterwards; for reads that stream rows without entities. {@code failure} says what could not
     * be read when Derby fails.
     */
    <T, X extends Exception> T onConnection(String failure, ConnectionWork<T, X> work) throws X {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin(); // the connection is the entity manager's only within a transaction
            try {
                return work.apply(entityManager.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new StoreException(failure + ": " + e.getMessage(), e);
            } finally {
                Rollback.quietly(entityManager.getTransaction());
            }
        } finally {
            entityManager.close();
        }
    }

    private static boolean firstOpenInThisProcess(DatabaseFolder folder) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            return OPEN_IN_THIS_PROCESS.merge(folder.root(), 1, Integer::sum) == 1;
        }
    }

    private static boolean lastCloseInThisProcess(DatabaseFolder folder) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            Integer left = OPEN_IN_THIS_PROCESS.computeIfPresent(folder.root(), (root, count) -> count == 1 ? null : count - 1);
            return left == null;
        }
    }

    /** Closes EclipseLink and shuts this Derby database down, so no recovery is needed at next open. */
    @Override
    public void close() {
        factory.close();
        if (server != null) {
            return; // the server stays up for everyone else
        }
        if (lastCloseInThisProcess(folder)) {
            owner.removeFrom(folder);
        }
        try {
            Driver driver = (Driver) Class.forName(DERBY_DRIVER, true, Store.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            driver.connect("jdbc:derby:" + folder.derbyDirectory() + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006 is Derby's "shut down as asked"
                throw new StoreException("Derby did not shut down cleanly: " + e.getMessage(), e);
            }
        } catch (ReflectiveOperationException e) {
            throw new StoreException("Cannot load the Derby driver to shut the database down", e);
        }
    }
}
