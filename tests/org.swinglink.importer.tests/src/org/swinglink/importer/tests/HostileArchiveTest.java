package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.ImportStatus;
import org.swinglink.testing.Fixtures;

/**
 * Archives and folders built to reach outside or to exhaust the disk, imported through the real
 * importer: each is refused (or, for links, contained) with a message naming archive and entry,
 * nothing lands outside the import's working folder, and the import session says why it failed.
 */
class HostileArchiveTest extends DatabaseTest {

    @Test
    void givenEntriesWithAbsoluteOrBackslashPaths_whenImported_thenTheZipIsRefused() throws IOException {
        for (String name : List.of("/tmp/swinglink-outside.csv", "..\\..\\outside.csv", "a/../../outside.csv")) {
            Path zip = zip("evil.zip", name, hitTraxBytes());

            ImportReport report = fixture.importBulk(zip);

            assertFailedWith(report, "evil.zip: entry '" + name + "' points outside the archive; refusing the ZIP");
        }
        assertFalse(Files.exists(Path.of("/tmp/swinglink-outside.csv")));
        assertNothingOutsideTheArchive();
    }

    @Test
    void givenAZipBomb_whenImported_thenItIsRefusedLongBeforeTheDiskFills() throws IOException {
        Path zip = folder.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("sessions.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int mb = 0; mb < 512; mb++) {
                zipOut.write(zeros);
            }
            zipOut.closeEntry();
        }
        assertTrue(Files.size(zip) < 2 << 20, "512 MB of zeros compress to about half a MB: " + Files.size(zip));

        ImportReport report = fixture.importBulk(zip);

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().matches("bomb\\.zip: entry 'sessions\\.csv': compressed more than 200:1 \\(\\d+ MB from \\d+ KB so far\\),"
                + " which no export is; refusing a possible ZIP bomb"), report.errorMessage());
        assertTrue(archivedBytes() < 100L << 20, "stopped after about 64 MB, not 512: " + archivedBytes());
    }

    @Test
    void givenAZipInsideTheZip_whenImported_thenItIsRefusedWithWhatToDo() throws IOException {
        Path inner = zip("inner.zip", "jane-doe-2024-10-14.csv", hitTraxBytes());
        Path outer = zip("outer.zip", "exports/inner.zip", Files.readAllBytes(inner));

        ImportReport report = fixture.importBulk(outer);

        assertFailedWith(report, "outer.zip: entry 'exports/inner.zip' is itself a ZIP archive; SwingLink opens one level"
                + " of archives, so unpack it and import its files");
    }

    @Test
    void givenMoreEntriesThanAnySeason_whenImported_thenTheZipIsRefused() throws IOException {
        Path zip = folder.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i <= 10_000; i++) {
                zipOut.putNextEntry(new ZipEntry("f" + i + ".csv"));
                zipOut.write('x');
                zipOut.closeEntry();
            }
        }

        ImportReport report = fixture.importBulk(zip);

        assertFailedWith(report, "many.zip: more than 10000 entries; split the archive");
    }

    @Test
    void givenASymbolicLinkEntry_whenImported_thenNoLinkIsMadeAndTheEntryIsJustUnrecognisedText() {
        Path zip = Fixtures.copy("archives/symlink-entry.zip", folder.resolve("input"));

        ImportReport report = fixture.importBulk(zip);

        assertFailedWith(report, "symlink-entry.zip!/passwd.csv: no SwingLink source recognises this file; its first line is '/etc/passwd'.");
        try (Stream<Path> archived = Files.walk(folder.resolve("db"))) {
            assertTrue(archived.noneMatch(Files::isSymbolicLink), "no link was created");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void givenAFolderWithALinkToAFileOutsideIt_whenImported_thenTheImportIsRefused() throws IOException {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", exports);
        Path secret = Files.writeString(folder.resolve("secret.csv"), "not for SwingLink\n");
        Files.createSymbolicLink(exports.resolve("innocent.csv"), secret);

        ImportReport report = fixture.importBulk(exports);

        assertFailedWith(report, "exports/innocent.csv: a link to " + secret.toRealPath()
                + ", outside the folder being imported; refusing it");
    }

    @Test
    void givenAFolderWithALinkToAFileInsideIt_whenImported_thenTheFileIsImported() throws IOException {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Path real = Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", exports.resolve("2024"));
        Files.createSymbolicLink(exports.resolve("latest.csv"), real);

        ImportReport report = fixture.importBulk(exports);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(48, report.statistics().hittraxEvents(), "the linked copy is recognised as the same file and skipped");
    }

    @Test
    void givenEntryNamesWindowsCannotCreateOrNoDiskTakes_whenImported_thenEachImportsUnderItsNameInTheZip() throws IOException {
        // A Mac or a phone writes names Windows refuses (a colon, a question mark, a device name), and any
        // archiver a name longer than the 255 bytes a file system allows.
        String windowsHostile = "exports/CON: Jane <10:30>?.csv";
        String tooLong = "exports/" + "John Roe, session of 15 October 2024 ".repeat(8) + ".csv";
        Path zip = Files.createDirectories(folder.resolve("zips")).resolve("names.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry(windowsHostile));
            zipOut.write(hitTraxBytes());
            zipOut.putNextEntry(new ZipEntry(tooLong));
            zipOut.write(Files.readAllBytes(Fixtures.copy("hittrax/john-roe-2024-10-15.csv", folder.resolve("john"))));
            zipOut.closeEntry();
        }

        ImportReport report = fixture.importBulk(zip);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(List.of("names.zip!/" + windowsHostile, "names.zip!/" + tooLong),
                report.files().stream().map(FileReport::fileName).sorted().toList());
        assertEquals(78, report.statistics().hittraxEvents());
    }

    private void assertFailedWith(ImportReport report, String message) {
        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().startsWith(message), report.errorMessage());
        assertEquals(0, fixture.count("HitTraxEvent") + fixture.count("SensorSwing"));
        assertEquals(report.errorMessage(), fixture.store.queries().importSessions().stream()
                .filter(s -> s.getId().equals(report.importSessionId())).findFirst().orElseThrow().getErrorMessage());
    }

    private void assertNothingOutsideTheArchive() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("outside.csv")), "an entry escaped");
        }
    }

    private long archivedBytes() throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("db"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".zip"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private byte[] hitTraxBytes() throws IOException {
        return Files.readAllBytes(Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", folder.resolve("source")));
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path zip = Files.createDirectories(folder.resolve("zips-" + name.hashCode())).resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry(entry));
            zipOut.write(content);
            zipOut.closeEntry();
        }
        return zip;
    }
}
