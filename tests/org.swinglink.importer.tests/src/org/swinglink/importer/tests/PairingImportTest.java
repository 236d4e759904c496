package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerReport;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.SensorSwing;

/**
 * A HitTrax session and the Blast swings of the same batter, sensor clock 47.3 s behind, paired
 * through the real importer; checked against the true pairs written with the fixtures.
 */
class PairingImportTest extends DatabaseTest {
    private static final String HITTRAX = "hittrax/jane-doe-2024-10-14.csv";
    private static final String BLAST = "paired/Metrics - Jane Doe.csv";
    /** A HitTrax time on the fixture's day, with its hour: moved to the next day an hour later. */
    private static final Pattern NEXT_DAY_HOUR_LATER = Pattern.compile("10/14/2024 (\\d\\d):");


    /** Blast line -> HitTrax line, from paired/jane-doe-2024-10-14.truth.csv. */
    private Map<Long, Long> truth() throws Exception {
        Map<Long, Long> truth = new HashMap<>();
        List<String> lines = Files.readAllLines(fixture.file("paired/jane-doe-2024-10-14.truth.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            truth.put(Long.parseLong(cells[1]), Long.parseLong(cells[0]));
        }
        return truth;
    }

    /** Blast line -> HitTrax line of the pairs stored, null for an unpaired swing. */
    private Map<Long, Long> storedPairs() {
        return fixture.store.read(em -> {
            Map<Long, Long> pairs = new HashMap<>();
            for (SensorSwing swing : em.createQuery("SELECT s FROM SensorSwing s", SensorSwing.class).getResultList()) {
                pairs.put(swing.getSourceLine(), swing.getHittraxEvent() == null ? null : swing.getHittraxEvent().getSourceLine());
            }
            return pairs;
        });
    }

    private void assertEveryTruePairAndNothingElse() throws Exception {
        Map<Long, Long> truth = truth();
        Map<Long, Long> stored = storedPairs();
        assertEquals(47, stored.size());
        for (Map.Entry<Long, Long> swing : stored.entrySet()) {
            assertEquals(truth.get(swing.getKey()), swing.getValue(), "Blast line " + swing.getKey());
        }
    }

    @Test
    void givenASessionAndItsSwings_whenImportedForThePlayer_thenEveryTruePairIsFound() throws Exception {
        ImportReport report = fixture.importForPlayer("Jane Doe", HITTRAX, BLAST);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(47, report.statistics().totalSwings());
        assertEquals(43, report.statistics().matchedSwings());
        assertEquals(4, report.statistics().unmatchedSwings(), "the dry swings between rounds");
        PlayerReport jane = report.players().get(0);
        assertTrue(jane.offsetEstimated());
        assertTrue(Math.abs(jane.clockOffsetMillis() - 47_300) <= 1_000, "offset " + jane.clockOffsetMillis());
        assertEveryTruePairAndNothingElse();
        String swingId = fixture.store.read(em -> em.createQuery("SELECT s.id FROM SensorSwing s WHERE s.sourceLine = 2",
                String.class).getSingleResult());
        String raw = fixture.store.queries().rawDataOfSwing(swingId).orElseThrow();
        assertTrue(raw.contains("\"Bat Speed (mph)\":\"65.0\""), raw);
    }

    @Test
    void givenPairs_thenEachDeltaIsTheResidualAfterTheOffset() {
        fixture.importForPlayer("Jane Doe", HITTRAX, BLAST);

        List<Double> deltas = fixture.store.read(em -> em.createQuery(
                "SELECT s.matchTimeDelta FROM SensorSwing s WHERE s.hittraxEvent IS NOT NULL", Double.class).getResultList());
        assertEquals(43, deltas.size());
        for (Double delta : deltas) {
            assertTrue(Math.abs(delta) < 2_000, "delta " + delta + " ms is within the tolerance");
        }
    }

    @Test
    void givenSwingsImportedADayAfterTheirSession_whenImported_thenTheyStillFindTheirBalls() throws Exception {
        fixture.importForPlayer("Jane Doe", HITTRAX);

        ImportReport swings = fixture.importForPlayer("Jane Doe", BLAST);

        assertEquals(43, swings.statistics().matchedSwings());
        assertEveryTruePairAndNothingElse();
    }

    @Test
    void givenTwoVisitsWhoseSensorClocksDifferByAnHour_whenImportedTogether_thenEachVisitPairsWithItsOwnOffset()
            throws Exception {
        Path hittrax = fixture.file(HITTRAX);
        Path blast = fixture.file(BLAST);
        Path nextDay = Files.createDirectories(fixture.folder.resolve("next-day"));
        Path hittraxNextDay = Files.writeString(nextDay.resolve("jane-doe-2024-10-15.csv"),
                NEXT_DAY_HOUR_LATER.matcher(Files.readString(hittrax))
                        .replaceAll(m -> "10/15/2024 " + (Integer.parseInt(m.group(1)) + 1) + ":"));
        Path blastNextDay = Files.writeString(nextDay.resolve("Metrics - Jane Doe.csv"),
                Files.readString(blast).replace("Oct 14, 2024", "Oct 15, 2024"));

        ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Jane Doe",
                List.of(hittrax, blast, hittraxNextDay, blastNextDay), ImportFixture.CHICAGO, "coach"));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(94, report.statistics().totalSwings());
        assertEquals(86, report.statistics().matchedSwings(), "43 true pairs on each day");
        List<Double> deltas = fixture.store.read(em -> em.createQuery(
                "SELECT s.matchTimeDelta FROM SensorSwing s WHERE s.hittraxEvent IS NOT NULL", Double.class).getResultList());
        assertTrue(deltas.stream().allMatch(delta -> Math.abs(delta) < 2_000), "residuals " + deltas);
    }

    @Test
    void givenTheTrueOffset_whenFixedByTheUser_thenItIsUsedAsGiven() throws Exception {
        List<Path> files = List.of(fixture.file(HITTRAX), fixture.file(BLAST));
        ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest
                .perPlayer("Jane Doe", files, ImportFixture.CHICAGO, "coach").withMatching(new MatchSettings(47_300L, null)));

        PlayerReport jane = report.players().get(0);
        assertFalse(jane.offsetEstimated());
        assertEquals(47_300L, jane.clockOffsetMillis());
        assertEveryTruePairAndNothingElse();
    }

    @Test
    void givenAWrongFixedOffset_whenImported_thenItIsHonouredAndOnlyChanceCoincidencesPair() throws Exception {
        List<Path> files = List.of(fixture.file(HITTRAX), fixture.file(BLAST));
        ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest
                .perPlayer("Jane Doe", files, ImportFixture.CHICAGO, "coach").withMatching(new MatchSettings(0L, 1_000L)));

        PlayerReport jane = report.players().get(0);
        assertEquals(0L, jane.clockOffsetMillis());
        assertFalse(jane.offsetEstimated());
        Map<Long, Long> truth = truth();
        long correct = storedPairs().entrySet().stream()
                .filter(p -> p.getValue() != null && p.getValue().equals(truth.get(p.getKey()))).count();
        assertTrue(report.statistics().matchedSwings() < 43 / 4, "a 47 s error pairs only by chance: " + report.statistics().matchedSwings());
        assertEquals(0, correct, "no swing meets its own ball 47 s away");
    }

    @Test
    void givenABlastFileNamedForItsPlayer_whenImportedInBulk_thenItsSwingsGoToThatPlayerAndPair() throws Exception {
        ImportReport report = fixture.importBulk(fixture.file(HITTRAX), fixture.file(BLAST));

        assertEquals(1, report.statistics().playersDetected());
        assertEquals(43, report.statistics().matchedSwings());
        assertEquals(List.of(), report.unassigned());
        assertEveryTruePairAndNothingElse();
    }

    @Test
    void givenBlastSwingsWithoutAnyPlayerHint_whenImportedInBulk_thenTheyWaitUnassignedUntilSomeoneAssignsThem()
            throws Exception {
        Path anonymous = Files.copy(fixture.file(BLAST), folder.resolve("swings.csv"));
        ImportReport report = fixture.importBulk(fixture.file(HITTRAX), anonymous);

        assertEquals(47, report.unassigned().size());
        assertEquals(0, report.statistics().matchedSwings());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("swings.csv: no player named") && w.contains("47 swings left unassigned")),
                report.warnings().toString());
        assertEquals(47, fixture.store.queries().unassignedSensorSwings().size());

        var assigned = fixture.importer.assign(fixture.store,
                report.unassigned().stream().map(s -> s.swingId().substring(0, Math.min(8, s.swingId().length()))).toList(), "jane doe", "coach",
                MatchSettings.automatic());

        assertEquals("Jane Doe", assigned.playerName(), "the spelling resolves to the known player");
        assertEquals(43, assigned.paired());
        assertEquals(0, fixture.store.queries().unassignedSensorSwings().size());
        assertEveryTruePairAndNothingElse();
    }

    @Test
    void givenPairs_whenTheSummaryIsQueried_thenThePlayersOffsetIsRecorded() {
        ImportReport report = fixture.importForPlayer("Jane Doe", HITTRAX, BLAST);

        var players = fixture.store.queries().importPlayers(report.importSessionId());
        assertEquals(1, players.size());
        assertEquals(43, players.get(0).getMatchedSwings());
        assertNotNull(players.get(0).getClockOffsetMillis());
        assertEquals(43, fixture.store.queries().importSessionSummary(report.importSessionId()).orElseThrow().pairedEvents());
    }

    @Test
    void givenOneSwingTakenBackFromItsPlayer_whenAssignedAgain_thenThePlayersKnownOffsetPairsItWithItsOwnBall() throws Exception {
        fixture.importForPlayer("Jane Doe", HITTRAX, BLAST);
        Map<Long, Long> truth = truth();
        List<String> lines = List.of(48L, 20L, 2L).stream().map(line -> fixture.store.read(em -> em.createQuery(
                "SELECT s.id FROM SensorSwing s WHERE s.sourceLine = :l", String.class).setParameter("l", line).getSingleResult()))
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            String swingId = lines.get(i);
            new org.swinglink.importer.SwingEdits(fixture.store).unassign(List.of(swingId));

            var assigned = fixture.importer.assign(fixture.store, List.of(swingId), "Jane Doe", "coach", MatchSettings.automatic());

            assertEquals(1, assigned.paired(), "swing " + swingId);
        }
        assertEveryTruePairAndNothingElse();
        assertEquals(43, truth.size());
    }

    @Test
    void givenAnUnknownSwingId_whenAssigned_thenNothingChanges() {
        fixture.importBulk(fixture.file(HITTRAX));

        var e = org.junit.jupiter.api.Assertions.assertThrows(org.swinglink.importer.ImportException.class,
                () -> fixture.importer.assign(fixture.store, List.of("deadbeef-0000"), "Jane Doe", "coach", MatchSettings.automatic()));

        assertEquals("no sensor swing has the id deadbeef-0000", e.getMessage());
        assertNull(fixture.store.queries().findUser(org.swinglink.model.UserRole.PLAYER, "Nobody").orElse(null));
    }
}
