package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.model.ImportStatus;
import org.swinglink.testing.Fixtures;

/**
 * Every file of the broken-input corpus ({@code fixtures/broken/}, written by its make-cases.py)
 * imported for a player through the real importer into Derby, with the outcome {@code cases.csv}
 * defines: imported (with how many events and swings), or failed with a message naming the file
 * (and line and column where there is one) and saying what was expected, nothing stored, the
 * import session failed with that reason, and no Java exception or stack trace shown.
 */
class BrokenInputCorpusTest extends DatabaseTest {

    /** One line of cases.csv: file | completed E S | failed | message fragment. */
    record Case(String file, String outcome, int events, int swings, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        URL manifest = FrameworkUtil.getBundle(Fixtures.class).getEntry("fixtures/broken/cases.csv");
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(manifest.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                String[] outcome = cells[1].strip().split(" ");
                cases.add(new Case(cells[0].strip(), outcome[0],
                        outcome.length > 1 ? Integer.parseInt(outcome[1]) : 0, outcome.length > 2 ? Integer.parseInt(outcome[2]) : 0,
                        cells.length > 2 ? cells[2].strip() : ""));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenABrokenFile_whenImported_thenItsOutcomeIsTheDefinedOne(Case expected) {
        ImportReport report = fixture.importForPlayer("Jane Doe", "broken/" + expected.file());

        assertOutcome(expected, report);
    }

    @Test
    void givenAOneGigabyteFileWithoutLineBreaks_whenImported_thenItFailsAtTheLongLineWithoutFillingMemory() throws IOException {
        Path huge = folder.resolve("input/season-export.csv");
        Files.createDirectories(huge.getParent());
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(Files.readAllBytes(Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", folder.resolve("source"))));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) '7');
            for (int mb = 0; mb < 1024; mb++) {
                out.write(chunk);
            }
        }
        List<MemoryPoolMXBean> longLived = longLivedHeap();
        System.gc(); // what the import leaves there is measured from a collected heap
        long before = longLived.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        longLived.forEach(MemoryPoolMXBean::resetPeakUsage);

        ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Jane Doe", List.of(huge),
                ImportFixture.CHICAGO, "coach"));

        long peak = longLived.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertOutcome(new Case("season-export.csv", "failed", 0, 0, "season-export.csv: line 52 is longer than 1048576"
                + " characters, which no export has; is this really a CSV export?"), report);
        assertTrue(peak - before < 256L << 20, "the file was streamed, not loaded: the old generation grew by "
                + ((peak - before) >> 20) + " MB at its peak");
        deleteArchive();
    }

    @Test
    void givenExportsInWindows1252AndUtf16WithoutAMark_whenImportedInBulk_thenPlayerNamesArriveIntact() {
        ImportReport report = fixture.importBulk(fixture.file("broken/ht-windows-1252.csv"));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(List.of("José Peña"), report.players().stream().map(p -> p.playerName()).toList());
        ImportReport utf16 = fixture.importBulk(fixture.file("broken/ht-utf16le-no-bom.csv"));
        assertEquals(List.of("Jane Doe"), utf16.players().stream().map(p -> p.playerName()).toList());
    }

    private void assertOutcome(Case expected, ImportReport report) {
        if (expected.outcome().equals("completed")) {
            assertEquals(ImportStatus.COMPLETED, report.status(), expected.file() + ": " + report.errorMessage());
            assertEquals(expected.events(), report.statistics().hittraxEvents(), expected.file());
            assertEquals(expected.swings(), report.statistics().totalSwings(), expected.file());
            assertTrue(report.warnings().stream().allMatch(BrokenInputCorpusTest::readable), report.warnings().toString());
            return;
        }
        assertEquals(ImportStatus.FAILED, report.status(), expected.file());
        String message = report.errorMessage();
        assertTrue(message.startsWith(expected.file()), "the message names the file first: " + message);
        assertTrue(message.contains(expected.message()), "expected '" + expected.message() + "' in: " + message);
        assertTrue(readable(message), "no Java exception or stack trace for users: " + message);
        assertEquals(0, fixture.count("HitTraxEvent") + fixture.count("SensorSwing"), "a failed import stores nothing");
        assertEquals(message, fixture.store.queries().importSessions().get(0).getErrorMessage());
    }

    private static boolean readable(String message) {
        return !message.contains("Exception") && !message.contains("\tat ") && !message.contains("java.")
                && message.chars().noneMatch(c -> c < 0x20 && c != '\n');
    }

    /**
     * The heap's pools for objects that live long and for large arrays (G1 puts them straight into
     * its old generation), told by their supporting a usage threshold, which eden and survivor
     * spaces do not: a file read whole shows in their peak, which the collector itself records,
     * while the short-lived garbage of a streamed read stays in the young generation.
     */
    private static List<MemoryPoolMXBean> longLivedHeap() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()).toList();
        assertFalse(pools.isEmpty(), "no old generation among " + ManagementFactory.getMemoryPoolMXBeans().stream()
                .map(MemoryPoolMXBean::getName).toList());
        return pools;
    }

    private void deleteArchive() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.toString().endsWith(".csv") && p.toFile().length() > 1L << 29).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
