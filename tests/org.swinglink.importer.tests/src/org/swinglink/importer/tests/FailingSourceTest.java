package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.swinglink.dropins.SourceInventory;
import org.swinglink.dropins.SourceState;
import org.swinglink.dropins.SourceStatus;
import org.swinglink.importer.FilePreview;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.Importer;
import org.swinglink.importer.ParserFailure;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.model.ImportStatus;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Services;

/**
 * A third-party source that throws, registered as any parser bundle registers it: the file it claims
 * fails with a message naming the parser and the file, the report keeps its stack trace for the log,
 * the sources listing marks it failing, and the other sources go on. Registered as a built-in parser,
 * the same failure is reported as SwingLink's own defect.
 */
class FailingSourceTest extends DatabaseTest {
    private ServiceRegistration<SwingSource> registration;

    @BeforeEach
    void registerASourceThatThrows() {
        registration = register(new ThrowingSource(), false);
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    private ServiceRegistration<SwingSource> register(SwingSource source, boolean builtIn) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 0);
        if (builtIn) {
            properties.put(SourceRegistry.BUILT_IN_PROPERTY, "true");
        }
        return FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(SwingSource.class, source, properties);
    }

    @Test
    void givenASourceThatThrowsWhileReading_whenItsFileIsImported_thenTheImportFailsNamingTheParserAndFile() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/grocery-list.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertEquals("parser Throwing Test Source failed on file grocery-list.csv: java.lang.IllegalStateException: cannot parse"
                + " groceries (a defect in that parser, not in the file; tell its maker)", report.errorMessage());
        ParserFailure failure = report.parserFailure();
        assertFalse(failure.builtIn());
        assertTrue(failure.stackTrace().contains("FailingSourceTest$ThrowingSource.read("), failure.stackTrace());
        assertEquals(0, fixture.count("SensorSwing"));

        SourceStatus status = statusOf("throwing-test");
        assertEquals(SourceState.FAILING, status.state());
        assertEquals("threw java.lang.IllegalStateException: cannot parse groceries while reading grocery-list.csv", status.reason());
    }

    @Test
    void givenASourceThatThrowsWhileJudging_whenOtherFilesAreImported_thenTheyImportAndItIsMarkedFailing() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(48, report.statistics().hittraxEvents());
        SourceStatus status = statusOf("throwing-test");
        assertEquals(SourceState.FAILING, status.state());
        assertTrue(status.reason().startsWith("threw java.lang.ArithmeticException: judging failed while judging jane-doe-2024-10-14.csv"),
                status.reason());
        assertEquals(SourceState.ACTIVE, statusOf("hittrax").state());
    }

    @Test
    void givenABuiltInParserThatThrows_whenItsFileIsImported_thenItIsReportedAsSwingLinksDefect() {
        registration.unregister();
        registration = register(new ThrowingSource(), true);

        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/grocery-list.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.parserFailure().builtIn());
        assertTrue(report.errorMessage().startsWith("SwingLink's own parser Throwing Test Source failed on file grocery-list.csv:"
                + " java.lang.IllegalStateException: cannot parse groceries (a defect in SwingLink"), report.errorMessage());
    }

    @Test
    void givenASourceThatThrowsWhenGuessingThePlayer_whenItsFileIsImportedInBulk_thenTheRowsImportWithAWarning() throws Exception {
        SwingSource hittrax = Services.await(SourceRegistry.class).sources().stream().filter(s -> s.id().equals("hittrax"))
                .findFirst().orElseThrow();
        ServiceRegistration<SwingSource> guessing = register(new NameGuessThrowingSource(hittrax), false);
        try {
            ImportReport report = fixture.importBulk(fixture.file("hittrax/jane-doe-2024-10-14.csv", "guess-jane.csv"));

            assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
            assertEquals(48, report.statistics().hittraxEvents());
            assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("parser Guessing Test Source failed on file"
                    + " guess-jane.csv while reading the player's name from the file name: java.lang.IllegalArgumentException:"
                    + " no names here")), report.warnings().toString());
            assertEquals(SourceState.FAILING, statusOf("name-guessing-test").state());
        } finally {
            guessing.unregister();
        }
    }

    @Test
    void givenASourceThatThrowsWhileReading_whenItsFileIsPreviewed_thenThePreviewNamesTheParserNotTheFile() throws Exception {
        List<FilePreview> previews = Services.await(Importer.class)
                .preview(List.of(fixture.file("invalid/grocery-list.csv")), new ReadOptions(ZoneOffset.UTC));

        assertEquals("parser Throwing Test Source failed on file grocery-list.csv: java.lang.IllegalStateException: cannot parse"
                + " groceries (a defect in that parser, not in the file)", previews.get(0).problem());
    }

    @Test
    void givenASourceThatThrowsWhenAskedWhatItReads_whenSourcesAreListed_thenItIsFailingWithTheReason() {
        ServiceRegistration<SwingSource> kindless = register(new NameGuessThrowingSource(null) {
            @Override
            public RecordKind recordKind() {
                throw new UnsupportedOperationException("kind unknown");
            }
        }, false);
        try {
            SourceStatus status = statusOf("name-guessing-test");

            assertEquals(SourceState.FAILING, status.state());
            assertEquals("threw java.lang.UnsupportedOperationException: kind unknown when asked what it reads (recordKind)",
                    status.reason());
        } finally {
            kindless.unregister();
        }
    }

    private static SourceStatus statusOf(String id) {
        List<SourceStatus> statuses = Services.await(SourceInventory.class).statuses();
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed: " + statuses));
    }

    /** HitTrax's own reading for files named guess-*, but it throws when asked whose file it is. */
    private static class NameGuessThrowingSource implements SwingSource {
        private final SwingSource hittrax;

        NameGuessThrowingSource(SwingSource hittrax) {
            this.hittrax = hittrax;
        }

        @Override
        public String id() {
            return "name-guessing-test";
        }

        @Override
        public String displayName() {
            return "Guessing Test Source";
        }

        @Override
        public RecordKind recordKind() {
            return RecordKind.BATTED_BALL_EVENTS;
        }

        @Override
        public int confidence(FileSample sample) {
            return sample.fileName().startsWith("guess-") ? 100 : 0;
        }

        @Override
        public Optional<String> playerNameFromFileName(String fileName) {
            throw new IllegalArgumentException("no names here");
        }

        @Override
        public void read(SourceFile file, ReadOptions options, RecordSink sink) throws IOException, SourceFormatException {
            hittrax.read(file, options, sink);
        }
    }

    /** Claims grocery lists and throws on them; throws while judging anything else. */
    private static final class ThrowingSource implements SwingSource {
        @Override
        public String id() {
            return "throwing-test";
        }

        @Override
        public String displayName() {
            return "Throwing Test Source";
        }

        @Override
        public RecordKind recordKind() {
            return RecordKind.SENSOR_SWINGS;
        }

        @Override
        public int confidence(FileSample sample) {
            if (sample.fileName().startsWith("grocery")) {
                return 100;
            }
            throw new ArithmeticException("judging failed");
        }

        @Override
        public void read(SourceFile file, ReadOptions options, RecordSink sink) {
            throw new IllegalStateException("cannot parse groceries");
        }
    }
}
