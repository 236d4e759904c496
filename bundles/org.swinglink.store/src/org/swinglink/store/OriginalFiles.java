package org.swinglink.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.swinglink.source.api.SourceFile;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Every imported file's bytes, kept once and compressed in its {@code imported_files} row with the
 * names of its columns; a stored row's original columns are read back from its file and line on
 * request. Rows no longer carry their own copy (a CLOB per row cost half of a season's import), and
 * the database folder alone holds everything an import brought. The columns are left unmapped so
 * that listing imported files never reads the bytes.
 */
public final class OriginalFiles {
    /** Part of the schema stamp: a change here must bring existing databases up to date too. */
    static final String DEFINITION = "original_gzip, raw_columns: bytes and text, added to imported_files";
    private static final Gson GSON = new Gson();
    /** As the sources read CSV: spaces around values ignored, empty lines kept so lines count as the file's. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false).get();

    private OriginalFiles() {
    }

    static void addColumnsWhereMissing(Connection connection) throws SQLException {
        Engine engine = Engine.of(connection);
        boolean present;
        try (ResultSet column = connection.getMetaData().getColumns(null, engine.schema(), engine.catalogName("imported_files"),
                engine.catalogName("original_gzip"))) {
            present = column.next();
        }
        if (!present) {
            try (Statement alter = connection.createStatement()) {
                alter.execute("ALTER TABLE imported_files ADD COLUMN original_gzip " + engine.binaryType());
                alter.execute("ALTER TABLE imported_files ADD COLUMN raw_columns " + engine.textType());
            }
        }
    }

    /**
     * Keeps {@code original} (compressed) and its column names with the imported file's row, in the
     * import's transaction: a failed import keeps no byte of it.
     */
    public static void keep(EntityManager em, String importedFileId, Path original, List<String> columns) {
        em.flush(); // the imported file's row first
        try {
            keep(em.unwrap(Connection.class), importedFileId, Files.newInputStream(original), columns);
        } catch (IOException e) {
            throw new PersistenceException("cannot read the import's copy of " + original.getFileName() + " ("
                    + e.getMessage() + ")", e);
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new PersistenceException(cause.getMessage(), cause);
        }
    }

    static void keep(Connection connection, String importedFileId, InputStream original, List<String> columns)
            throws IOException, SQLException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (InputStream in = original; OutputStream zip = new GZIPOutputStream(compressed, 1 << 16)) {
            in.transferTo(zip);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE imported_files SET original_gzip = ?, raw_columns = ? WHERE id = ?")) {
            update.setBytes(1, compressed.toByteArray());
            update.setString(2, GSON.toJson(columns));
            update.setString(3, importedFileId);
            update.executeUpdate();
        }
    }

    /**
     * The columns of the row that starts on {@code line} of a file an import read, column name to
     * text in the file's order; empty when the file's bytes are not kept.
     */
    static Optional<Map<String, String>> rawRow(Connection connection, String importId, String fileName, long line, Path scratch)
            throws SQLException, IOException {
        byte[] compressed;
        List<String> columns;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT original_gzip, raw_columns FROM imported_files WHERE import_session_id = ? AND file_name = ?""")) {
            query.setString(1, importId);
            query.setString(2, fileName);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getBytes(1) == null) {
                    return Optional.empty();
                }
                compressed = row.getBytes(1);
                columns = GSON.fromJson(row.getString(2), new TypeToken<List<String>>() { }.getType());
            }
        }
        return Optional.of(columnsOf(record(compressed, fileName, line, scratch), columns));
    }

    static Optional<byte[]> bytes(Connection connection, String importId, String fileName) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT original_gzip FROM imported_files WHERE import_session_id = ? AND file_name = ?""")) {
            query.setString(1, importId);
            query.setString(2, fileName);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getBytes(1) == null) {
                    return Optional.empty();
                }
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(row.getBytes(1)))) {
                    return Optional.of(in.readAllBytes());
                }
            }
        }
    }

    /** The file is decoded as the sources decode it (byte order mark, UTF-16, UTF-8 or Windows-1252). */
    private static CSVRecord record(byte[] compressed, String fileName, long line, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path copy = Files.createTempFile(scratch, "original", ".csv");
        try {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (Reader text = new SourceFile(copy, fileName).openReader()) {
                java.io.BufferedReader lines = (java.io.BufferedReader) text;
                for (long skipped = 1; skipped < line; skipped++) {
                    if (lines.readLine() == null) {
                        throw new IOException(fileName + " has no line " + line);
                    }
                }
                try (CSVParser parser = CSV.parse(lines)) {
                    var records = parser.iterator();
                    if (!records.hasNext()) {
                        throw new IOException(fileName + " has no row on line " + line);
                    }
                    return records.next();
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Named as the sources name a row's columns: a blank name "column N", a value beyond the header too if not blank. */
    private static Map<String, String> columnsOf(CSVRecord record, List<String> names) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            raw.putIfAbsent(names.get(i), i < record.size() ? record.get(i).strip() : "");
        }
        for (int i = names.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                raw.put("column " + (i + 1), record.get(i).strip());
            }
        }
        return raw;
    }
}
