package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerReport;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingState;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.store.PairOrigin;

/**
 * HitTrax exports that carry a linked Diamond Kinetics sensor's columns, through the real importer:
 * the sensor's swings are stored beside their balls, paired by the file, and left alone by pairing.
 */
class InFilePairsImportTest extends DatabaseTest {
    private static final String HITTRAX_WITH_DK = "hittrax/2018-dk-jane-doe.csv";
    private static final String DK_APP_EXPORT = "dk/jane-doe-2018-11-26.csv";

    private List<SensorSwing> swingsOf(String importId) {
        return fixture.store.read(em -> em.createQuery(
                "SELECT s FROM SensorSwing s WHERE s.importSession.id = :id ORDER BY s.sourceLine", SensorSwing.class)
                .setParameter("id", importId).getResultList());
    }

    @Test
    void givenAHitTraxExportWithSensorColumns_whenImported_thenEachMeasuredRowIsStoredAsABallAndItsSwingPairedInFile() {
        ImportReport report = fixture.importForPlayer("Jane Doe", HITTRAX_WITH_DK);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(new ImportStatistics(8, 8, 0, 1, 12), report.statistics());
        FileReport file = report.files().get(0);
        assertEquals(20, file.records(), "12 events and 8 swings");
        assertEquals(8, file.pairedInFile());
        PlayerReport jane = report.players().get(0);
        assertEquals(8, jane.pairedEvents());
        assertEquals(8, jane.matchedSwings());
        assertEquals(List.of(new PairOrigin("diamond_kinetics", PairingMethod.IN_FILE, 8)), jane.pairOrigins());

        List<SensorSwing> swings = swingsOf(report.importSessionId());
        assertEquals(8, swings.size());
        for (SensorSwing swing : swings) {
            assertEquals("diamond_kinetics", swing.getSensorType());
            assertEquals(PairingMethod.IN_FILE, swing.getPairingMethod());
            assertEquals(0.0, swing.getMatchTimeDelta());
            assertNotNull(swing.getHittraxEvent());
            assertEquals(swing.getHittraxEvent().getEventTimestamp(), swing.getSensorTimestamp());
            assertEquals(swing.getHittraxEvent().getSourceLine(), swing.getSourceLine(), "the same row of the file");
            assertEquals("Jane Doe", swing.getUser().getName());
        }
        assertEquals(68.4, swings.get(0).getBatSpeed());
        assertEquals(22.6, swings.get(0).getPeakHandSpeed());
        String raw = fixture.store.queries().rawDataOfSwing(swings.get(0).getId()).orElseThrow();
        assertTrue(raw.contains("\"Impact Momentum\":\"8.1\""), raw);
    }

    @Test
    void givenTheSameExportAgain_whenImported_thenItIsRecognisedAndNothingIsStoredTwice() {
        ImportReport first = fixture.importForPlayer("Jane Doe", HITTRAX_WITH_DK);

        ImportReport again = fixture.importForPlayer("Jane Doe", HITTRAX_WITH_DK);

        assertEquals(first.importSessionId(), again.files().get(0).duplicateOf());
        assertEquals(new ImportStatistics(0, 0, 0, 0, 0), again.statistics());
        assertEquals(8, fixture.count("SensorSwing"));
        assertEquals(12, fixture.count("HitTraxEvent"));
    }

    @Test
    void givenTheSensorsOwnExportOfTheSameVisit_whenImportedAfter_thenItsSwingsFallOnTheFilesPairsAndStayUnpaired() {
        ImportReport hittrax = fixture.importForPlayer("Jane Doe", HITTRAX_WITH_DK);

        ImportReport dk = fixture.importForPlayer("Jane Doe", DK_APP_EXPORT);

        assertEquals(ImportStatus.COMPLETED, dk.status(), dk.errorMessage());
        assertEquals(new ImportStatistics(8, 0, 8, 1, 0), dk.statistics(),
                "the same 8 swings again: none may take one of the 4 balls the sensor did not record");
        PlayerReport jane = dk.players().get(0);
        long offset = jane.clockOffsetMillis();
        assertTrue(offset <= -2400 && offset >= -4400, "the phone 3.4 s ahead, found from the balls paired in file: " + offset);
        assertTrue(dk.warnings().stream().anyMatch(w -> w.startsWith("Jane Doe: 8 swings fall on HitTrax balls whose export"
                + " already holds a sensor swing (paired in file)")), dk.warnings().toString());
        List<SensorSwing> inFile = swingsOf(hittrax.importSessionId());
        assertTrue(inFile.stream().allMatch(s -> s.getPairingMethod() == PairingMethod.IN_FILE), "the file's pairs stay");
        List<String> ballsWithSwingsInFile = inFile.stream().map(s -> s.getHittraxEvent().getId()).toList();
        for (SensorSwing swing : swingsOf(dk.importSessionId())) {
            if (swing.getHittraxEvent() != null) {
                assertEquals(PairingMethod.TIME, swing.getPairingMethod());
                assertTrue(!ballsWithSwingsInFile.contains(swing.getHittraxEvent().getId()),
                        "paired only with a ball that had no swing: " + swing.getSourceLine());
            }
        }
        List<PairOrigin> origins = dk.players().get(0).pairOrigins();
        assertTrue(origins.stream().allMatch(o -> o.method() == PairingMethod.TIME && o.sensorType().equals("diamond_kinetics")),
                origins.toString());
        assertEquals(Map.of(fixture.store.queries().players().get(0).getId(),
                List.of(new PairOrigin("diamond_kinetics", PairingMethod.IN_FILE, 8))),
                fixture.store.queries().pairOrigins(hittrax.importSessionId()), "the HitTrax import's summary is unchanged");
    }

    @Test
    void givenAnExportNamingNoBatter_whenItsPairedSwingIsAssigned_thenThePairTheFileMadeHolds() throws Exception {
        ImportReport report = fixture.importBulk(fixture.file("hittrax/2018-with-sensor-columns.csv"));
        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(new ImportStatistics(1, 1, 0, 0, 3), report.statistics(), "paired, though nobody's yet");
        assertEquals(1, report.unassigned().size());
        String swingId = report.unassigned().get(0).swingId();

        SwingEdits edits = new SwingEdits(fixture.store);
        List<SwingState> before = edits.states(List.of(swingId));
        fixture.importer.assign(fixture.store, List.of(swingId), "John Roe", "coach", MatchSettings.automatic());

        SensorSwing swing = swingsOf(report.importSessionId()).get(0);
        assertEquals("John Roe", swing.getUser().getName());
        assertEquals(PairingMethod.IN_FILE, swing.getPairingMethod());
        assertEquals(0.0, swing.getMatchTimeDelta());

        edits.restore(before);
        SensorSwing undone = swingsOf(report.importSessionId()).get(0);
        assertEquals(null, undone.getUser());
        assertEquals(PairingMethod.IN_FILE, undone.getPairingMethod(), "undo keeps how the pair was made");
    }

    @Test
    void givenAnExportNamingItsBatter_whenImportedInBulk_thenTheBallsAndSwingsAreTheBattersAndPairedInFile() {
        ImportReport report = fixture.importBulk(fixture.file(HITTRAX_WITH_DK));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(List.of(), report.unassigned());
        assertEquals("Jane Doe", report.players().get(0).playerName());
        assertEquals(8, report.players().get(0).matchedSwings());
    }
}
