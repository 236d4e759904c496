package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.UserRole;
import org.swinglink.store.Pairing;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.PlayerVisit;
import org.swinglink.store.SwingQueries;

/**
 * All of a player's data as the Player view lists it: pairs, swings alone and HitTrax events alone,
 * from real imports of the fixtures, filtered by kind, days and visit.
 */
class PlayerRowsTest extends DatabaseTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private SwingQueries queries() {
        return fixture.store.queries();
    }

    private ImportReport importedInBulk(String fixtureName) {
        ImportReport report = fixture.importBulk(fixture.file(fixtureName));
        assertTrue(report.succeeded(), report.errorMessage());
        return report;
    }

    private String player(String name) {
        return queries().findUser(UserRole.PLAYER, name).orElseThrow().getId();
    }

    private static Map<Pairing, Long> kinds(List<PlayerRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(PlayerRow::pairing, Collectors.counting()));
    }

    @Test
    void givenASessionAndItsSwings_whenAllOfThePlayersDataIsListed_thenPairsSwingsAloneAndEventsAloneComeOnceEach() {
        assertTrue(fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv")
                .succeeded());
        fixture.importForPlayer("John Roe", "hittrax/john-roe-2024-10-15.csv");

        List<PlayerRow> rows = queries().playerRows(player("Jane Doe"), PlayerRowFilter.ALL);

        assertEquals(Map.of(Pairing.PAIRED, 43L, Pairing.SENSOR_ONLY, 4L, Pairing.HITTRAX_ONLY, 5L), kinds(rows),
                "43 true pairs, 4 dry swings, 5 takes without a swing");
        assertEquals(47, rows.stream().filter(PlayerRow::hasSwing).map(r -> r.swing().getId()).distinct().count());
        assertEquals(48, rows.stream().filter(PlayerRow::hasEvent).map(r -> r.event().getId()).distinct().count(),
                "every event of hers, none of John Roe's");
        assertEquals(rows.stream().sorted(PlayerRow.BY_TIME).toList(), rows, "by time");
        for (PlayerRow row : rows) {
            if (row.pairing() == Pairing.PAIRED) {
                assertEquals(row.event().getId(), row.swing().getHittraxEvent().getId());
                assertEquals(row.swing(), row.event().getSensorSwing());
                assertTrue(row.swing().getBatSpeed() != null && row.swing().getMatchTimeDelta() != null);
            }
        }
    }

    @Test
    void givenPairs_whenOnlyPairedRowsAreListed_thenTheyAreTheMatchedSwingsOfTheProposalsQuery() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");
        String jane = player("Jane Doe");

        List<PlayerRow> paired = queries().playerRows(jane, PlayerRowFilter.only(Pairing.PAIRED));
        List<HitTraxEvent> matched = queries().matchedSwingsForPlayer(jane);

        assertEquals(matched.stream().map(HitTraxEvent::getId).toList(), paired.stream().map(r -> r.event().getId()).toList());
        assertEquals(matched.stream().map(e -> e.getSensorSwing().getId()).toList(),
                paired.stream().map(r -> r.swing().getId()).toList());
        assertEquals(matched.stream().map(e -> e.getSensorSwing().getBatSpeed()).toList(),
                paired.stream().map(r -> r.swing().getBatSpeed()).toList());
    }

    @Test
    void givenOnlyHitTrax_whenListed_thenEveryEventIsARowOfItsOwn() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
        String jane = player("Jane Doe");

        List<PlayerRow> alone = queries().playerRows(jane, PlayerRowFilter.only(Pairing.HITTRAX_ONLY));

        assertEquals(48, alone.size());
        assertEquals(List.of(), queries().playerRows(jane, PlayerRowFilter.only(Pairing.SENSOR_ONLY)));
        assertEquals(40, alone.stream().filter(r -> r.event().getExitVelocity() != null && r.event().getExitVelocity() > 0).count());
    }

    @Test
    void givenTheRealKlaytonKiserExport_whenImportedInBulk_thenHisSwingsAreListedAloneByVisitAndDay() {
        ImportReport report = importedInBulk("blast/Metrics - Klayton Kiser.csv");
        String klayton = player("Klayton Kiser");

        List<PlayerRow> rows = queries().playerRows(klayton, PlayerRowFilter.ALL);
        List<PlayerVisit> visits = queries().playerVisits(klayton);

        assertEquals(91, rows.size());
        assertEquals(Map.of(Pairing.SENSOR_ONLY, 91L), kinds(rows));
        assertEquals(91, visits.stream().mapToInt(PlayerVisit::swings).sum(), "every swing is in one visit: " + visits);
        assertTrue(visits.size() >= 2, "Oct 3 and Oct 4 are two visits: " + visits);
        for (PlayerVisit visit : visits) {
            assertEquals(0, visit.events());
            List<PlayerRow> ofVisit = queries().playerRows(klayton, new PlayerRowFilter(null, null, null, visit));
            assertEquals(visit.swings(), ofVisit.size());
            assertEquals(visit.start(), ofVisit.get(0).time());
            assertEquals(visit.end(), ofVisit.get(ofVisit.size() - 1).time());
        }
        for (int i = 1; i < visits.size(); i++) {
            assertTrue(visits.get(i).start().toEpochMilli() - visits.get(i - 1).end().toEpochMilli() > 30 * 60_000,
                    "visits are apart by more than thirty minutes: " + visits);
        }
        LocalDate firstDay = rows.get(0).time().atZone(CHICAGO).toLocalDate();
        long onFirstDay = rows.stream().filter(r -> r.time().atZone(CHICAGO).toLocalDate().equals(firstDay)).count();
        List<PlayerRow> ofFirstDay = queries().playerRows(klayton, new PlayerRowFilter(null,
                firstDay.atStartOfDay(CHICAGO).toInstant(), firstDay.plusDays(1).atStartOfDay(CHICAGO).toInstant(), null));
        assertEquals(onFirstDay, ofFirstDay.size());
        assertTrue(onFirstDay > 0 && onFirstDay < 91, "the export spans two days: " + onFirstDay);
    }

    @Test
    void givenTheRealWhoopBlastExportGivenToANewPlayer_whenListed_thenAll3123SwingsAreThere() throws Exception {
        ImportReport report = importedInBulk("blast/whoopblast-swing-data-complete.csv");
        List<String> ids = report.unassigned().stream().map(UnassignedSwing::swingId).toList();
        fixture.importer.assign(fixture.store, ids, "Whoop Blast", "coach", MatchSettings.automatic());
        String whoop = player("Whoop Blast");

        List<PlayerRow> rows = queries().playerRows(whoop, PlayerRowFilter.ALL);

        assertEquals(3_123, rows.size());
        assertEquals(new HashSet<>(ids), rows.stream().map(r -> r.swing().getId()).collect(Collectors.toSet()));
        assertEquals(List.of(), queries().playerRows(whoop, PlayerRowFilter.only(Pairing.PAIRED)));
        assertEquals(List.of(), queries().matchedSwingsForPlayer(whoop), "what the Player view showed before");
        List<PlayerVisit> visits = queries().playerVisits(whoop);
        assertEquals(3_123, visits.stream().mapToInt(PlayerVisit::swings).sum());
        Set<Double> batSpeeds = rows.stream().map(r -> r.swing().getBatSpeed()).collect(Collectors.toSet());
        assertTrue(batSpeeds.size() > 100, "real bat speeds, read from the rows");
        assertEquals(1, rows.stream().map(r -> r.swing().getSensorType()).distinct().count(), "one sensor");
    }

    @Test
    void givenALegacyExportWithoutTimes_whenListed_thenItsSwingsAreThereButOnNoDayAndInNoVisit() {
        ImportReport report = importedInBulk("blast/legacy-2017.csv");
        String jordan = player("Jordan Reyes");

        List<PlayerRow> rows = queries().playerRows(jordan, PlayerRowFilter.ALL);

        assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.time() == null && r.pairing() == Pairing.SENSOR_ONLY),
                "swings without time, listed: " + rows.size());
        assertEquals(List.of(), queries().playerVisits(jordan));
        assertEquals(List.of(), queries().playerRows(jordan, new PlayerRowFilter(null,
                LocalDate.of(2017, 1, 1).atStartOfDay(CHICAGO).toInstant(), null, null)));
    }
}
