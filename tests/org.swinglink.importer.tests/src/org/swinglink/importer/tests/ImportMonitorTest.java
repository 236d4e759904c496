package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.model.ImportStatus;

/** Progress and cancellation, as the workbench's import job sees them. */
class ImportMonitorTest extends DatabaseTest {
    private static final String BIG_BLAST = "blast/whoopblast-swing-data-complete.csv";

    @Test
    void givenAWatchedImport_thenEveryFileAndEveryBatchIsReported() {
        List<String> events = new ArrayList<>();
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void filesFound(int count) {
                events.add("files " + count);
            }

            @Override
            public void fileStarted(String fileName, int index) {
                events.add("file " + index + " " + fileName);
            }

            @Override
            public void recordsStored(int total) {
                events.add("stored " + total);
            }
        };

        fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Whoop", List.of(fixture.file(BIG_BLAST),
                fixture.file("hittrax/jane-doe-2024-10-14.csv")), ImportFixture.CHICAGO, "coach"), monitor);

        assertEquals(List.of("files 2", "file 0 whoopblast-swing-data-complete.csv", "stored 1000", "stored 2000",
                "stored 3000", "file 1 jane-doe-2024-10-14.csv"), events);
    }

    @Test
    void givenAWatchedImport_thenEachStoredFileAndEachPhaseIsReported() {
        List<String> events = new ArrayList<>();
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void filesFound(List<org.swinglink.source.api.SourceFile> files) {
                events.add("files " + files.stream().map(org.swinglink.source.api.SourceFile::name).toList());
            }

            @Override
            public void fileStored(int index, int records) {
                events.add("stored file " + index + ": " + records);
            }

            @Override
            public void phaseStarted(Phase phase) {
                events.add(phase.name());
            }
        };

        fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Jane Doe", List.of(fixture.file("hittrax/jane-doe-2024-10-14.csv"),
                fixture.file("paired/Metrics - Jane Doe.csv")), ImportFixture.CHICAGO, "coach"), monitor);

        assertEquals(List.of("files [jane-doe-2024-10-14.csv, Metrics - Jane Doe.csv]", "stored file 0: 48", "stored file 1: 47",
                "PAIRING", "WRITING"), events);
    }

    @Test
    void givenACancelDuringAnImport_thenNothingIsStoredAndTheSessionSaysItWasCancelled() {
        ImportMonitor cancelAfterFirstBatch = new ImportMonitor() {
            private boolean cancelled;

            @Override
            public void recordsStored(int total) {
                cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        ImportReport report = fixture.importer.importFiles(fixture.store,
                ImportRequest.perPlayer("Whoop", List.of(fixture.file(BIG_BLAST)), ImportFixture.CHICAGO, "coach"),
                cancelAfterFirstBatch);

        assertEquals(ImportStatus.FAILED, report.status());
        assertEquals("cancelled by coach; nothing was stored", report.errorMessage());
        assertEquals(0, fixture.count("SensorSwing"));
        assertEquals(ImportStatus.FAILED, fixture.store.queries().importSessions().get(0).getStatus());
        assertTrue(fixture.store.queries().importSessions().get(0).getErrorMessage().startsWith("cancelled"));
    }
}
