package org.swinglink.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonParser;

/**
 * Moves a version 1 database's archived files into their {@code imported_files} rows and drops the
 * per-row raw JSON: each file's column names are taken from one of its rows' JSON, and its bytes are
 * found in the archive folder by the SHA-256 the import recorded, whatever name the copy was given.
 */
final class OriginalsUpgrade {
    private final Connection connection;
    private final Path archive;
    private int moved;
    private int missing;

    OriginalsUpgrade(Connection connection, Path archive) {
        this.connection = connection;
        this.archive = archive;
    }

    /** Whether the rows still carry their raw JSON (a version 1 database). */
    static boolean needed(Connection connection) throws SQLException {
        try (ResultSet column = connection.getMetaData().getColumns(null, "APP", "HITTRAX_EVENTS", "RAW_DATA_JSON")) {
            return column.next();
        }
    }

    /** Moves what it finds; returns the note for the user. */
    String run() throws SQLException, IOException {
        OriginalFiles.addColumnsWhereMissing(connection);
        Map<String, Map<String, Path>> archivedByImport = new HashMap<>();
        record File(String id, String importId, String name, String sha256) {
        }
        List<File> files = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT id, import_session_id, file_name, sha256 FROM imported_files")) {
            while (row.next()) {
                files.add(new File(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
            }
        }
        for (File file : files) {
            Path copy = archivedByImport.computeIfAbsent(file.importId(), this::archivedBySha256).get(file.sha256());
            if (copy == null) {
                missing++;
                continue;
            }
            OriginalFiles.keep(connection, file.id(), Files.newInputStream(copy), columnsOf(file.importId(), file.name()));
            moved++;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE hittrax_events DROP COLUMN raw_data_json");
            ddl.execute("ALTER TABLE sensor_swings DROP COLUMN raw_data_json");
        }
        return String.format("%,d imported files were moved from the archive folder into the database", moved)
                + (missing == 0 ? "; the archive folder is no longer used."
                        : String.format("; %,d were no longer in %s, so their rows' original columns cannot be shown.",
                                missing, archive));
    }

    /** Whether every archived file was found: only then may the archive folder go. */
    boolean movedAll() {
        return missing == 0;
    }

    private Map<String, Path> archivedBySha256(String importId) {
        Map<String, Path> bySha256 = new HashMap<>();
        Path folder = archive.resolve(importId);
        if (!Files.isDirectory(folder)) {
            return bySha256;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                bySha256.putIfAbsent(sha256(path), path);
            }
        } catch (IOException e) {
            // an unreadable archive leaves those files missing, which the note says
        }
        return bySha256;
    }

    /** The names of the file's columns, in order, from the raw JSON one of its rows kept. */
    private List<String> columnsOf(String importId, String fileName) throws SQLException {
        // a HitTrax file's events name every column; a swing it pairs in file only the sensor's, so events first
        for (String query : List.of("""
                SELECT e.raw_data_json FROM hittrax_events e JOIN hittrax_sessions h ON e.session_id = h.id
                WHERE h.import_session_id = ? AND h.source_file = ? AND e.raw_data_json IS NOT NULL FETCH FIRST ROW ONLY""", """
                SELECT raw_data_json FROM sensor_swings WHERE import_session_id = ? AND source_file = ?
                AND raw_data_json IS NOT NULL FETCH FIRST ROW ONLY""")) {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setString(1, importId);
                statement.setString(2, fileName);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        return new ArrayList<>(JsonParser.parseString(row.getString(1)).getAsJsonObject().keySet());
                    }
                }
            }
        }
        return List.of();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
