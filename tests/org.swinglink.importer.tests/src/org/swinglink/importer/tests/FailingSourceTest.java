package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.swinglink.dropins.SourceInventory;
import org.swinglink.dropins.SourceState;
import org.swinglink.dropins.SourceStatus;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.ImportStatus;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Services;

/**
 * A third-party source that throws, registered as any parser bundle registers it: the file it claims
 * fails with a message naming it, the sources listing marks it failing, and the other sources go on.
 */
class FailingSourceTest extends DatabaseTest {
    private ServiceRegistration<SwingSource> registration;

    @BeforeEach
    void registerASourceThatThrows() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 0);
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(SwingSource.class, new ThrowingSource(), properties);
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    @Test
    void givenASourceThatThrowsWhileReading_whenItsFileIsImported_thenTheImportFailsNamingTheSource() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/grocery-list.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().startsWith("grocery-list.csv: the Throwing Test Source source failed while reading "
                + "(java.lang.IllegalStateException: cannot parse groceries)"), report.errorMessage());
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

    private static SourceStatus statusOf(String id) {
        List<SourceStatus> statuses = Services.await(SourceInventory.class).statuses();
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed: " + statuses));
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
