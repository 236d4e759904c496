package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.importer.PlayerMerge;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingState;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.UserRole;
import org.swinglink.store.AggregateSettings;
import org.swinglink.store.Aggregates;
import org.swinglink.store.EventFilter;
import org.swinglink.store.Metric;
import org.swinglink.store.Pairing;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.SeasonQueries.Grouping;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.store.SeasonQueries.PlayerAggregates;

/**
 * The season aggregates Derby computes, against the same figures computed here in plain Java from
 * the player's stored rows, for a player with pairs (Jane Doe), one with HitTrax events only (John
 * Roe), and two with sensor swings only (Blast and Diamond Kinetics, which measures no power).
 */
class SeasonAggregatesTest extends DatabaseTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final List<String> PLAYERS = List.of("Jane Doe", "John Roe", "Klayton Kiser", "Dana Kinetic");

    @BeforeEach
    void importFourPlayers() {
        assertTrue(fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv")
                .succeeded());
        assertTrue(fixture.importForPlayer("John Roe", "hittrax/john-roe-2024-10-15.csv").succeeded());
        assertTrue(fixture.importForPlayer("Klayton Kiser", "blast/Metrics - Klayton Kiser.csv").succeeded());
        assertTrue(fixture.importForPlayer("Dana Kinetic", "dk/jane-doe-2018-11-26.csv").succeeded());
    }

    private String id(String player) {
        return fixture.store.queries().findUser(UserRole.PLAYER, player).orElseThrow().getId();
    }

    private List<PlayerRow> rows(String player) {
        return fixture.store.queries().playerRows(id(player), PlayerRowFilter.ALL);
    }

    @Test
    void givenFourKindsOfPlayer_whenAllTheirRowsAreSummed_thenEveryMetricIsWhatTheRowsGive() {
        for (String player : PLAYERS) {
            List<Period> months = fixture.store.seasons().periodsOfPlayer(id(player), null, null, Grouping.MONTH, CHICAGO,
                    AggregateSettings.DEFAULT);

            assertEquals(1, months.size(), player + " played in one month");
            assertMetrics(expected(rows(player), AggregateSettings.DEFAULT), months.get(0).aggregates(), player);
        }
        Aggregates john = fixture.store.seasons().periodsOfPlayer(id("John Roe"), null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT).get(0).aggregates();
        assertEquals(0, john.swings());
        assertNull(john.batSpeedAvg(), "no sensor, no bat speed: empty, never zero");
        assertNull(john.pairRate());
        assertNull(john.smashFactor());
        Aggregates dana = fixture.store.seasons().periodsOfPlayer(id("Dana Kinetic"), null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT).get(0).aggregates();
        assertEquals(0, dana.events());
        assertNull(dana.exitVelocityAvg());
        assertNull(dana.hardHitRate());
        assertNotNull(dana.batSpeedAvg());
    }

    @Test
    void givenOtherThresholds_whenSummed_thenTheHardHitAndSquaredUpRatesFollowThem() {
        AggregateSettings lenient = new AggregateSettings(70, 0.6);

        Aggregates jane = fixture.store.seasons().periodsOfPlayer(id("Jane Doe"), null, null, Grouping.SESSION, CHICAGO,
                lenient).get(0).aggregates();

        assertMetrics(expected(rows("Jane Doe"), lenient), jane, "Jane Doe at 70 mph and 60 %");
        Aggregates strict = fixture.store.seasons().periodsOfPlayer(id("Jane Doe"), null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT).get(0).aggregates();
        assertTrue(jane.hardHitRate() > strict.hardHitRate() && jane.squaredUpRate() > strict.squaredUpRate(),
                jane + " against " + strict);
    }

    @Test
    void givenAResultAndAPitchType_whenSummed_thenOnlyThoseBallsAndTheSwingsPairedWithThemCount() {
        List<PlayerRow> rows = rows("Jane Doe");
        String result = rows.stream().filter(PlayerRow::hasEvent).map(r -> r.event().getResult()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        EventFilter filter = new EventFilter(java.util.Set.of(), java.util.Set.of(result));

        Aggregates kept = fixture.store.seasons().periodsOfPlayer(id("Jane Doe"), null, null, Grouping.MONTH, CHICAGO,
                AggregateSettings.DEFAULT, filter).get(0).aggregates();
        List<PlayerAggregates> board = fixture.store.seasons().leaderboard(Instant.parse("2024-10-01T00:00:00Z"),
                Instant.parse("2024-10-31T00:00:00Z"), AggregateSettings.DEFAULT, filter);

        List<PlayerRow> keptRows = rows.stream().filter(r -> filter.keeps(r.event())).toList();
        assertMetrics(expected(keptRows, AggregateSettings.DEFAULT), kept, "Jane Doe's " + result + " balls");
        assertTrue(kept.events() > 1 && kept.events() < 48 && kept.swings() == kept.pairs(), kept.toString());
        assertMetrics(kept, board.stream().filter(p -> p.name().equals("Jane Doe")).findFirst().orElseThrow().current(),
                "the leaderboard keeps the same balls");
        EventFilter nothing = new EventFilter(java.util.Set.of("a pitch she never saw"), java.util.Set.of());
        assertTrue(fixture.store.seasons().periodsOfPlayer(id("Jane Doe"), null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT, nothing).isEmpty(), "a pitch type she never saw leaves no session");
    }

    @Test
    void givenARange_whenTheLeaderboardIsRead_thenEachPlayerOfTheRangeHasTheirFiguresAndThoseOfTheRangeBefore() {
        Instant from = LocalDate.of(2024, 10, 1).atStartOfDay(CHICAGO).toInstant();
        Instant to = LocalDate.of(2024, 11, 1).atStartOfDay(CHICAGO).toInstant().minusMillis(1);

        List<PlayerAggregates> board = fixture.store.seasons().leaderboard(from, to, AggregateSettings.DEFAULT);

        assertEquals(List.of("Jane Doe", "John Roe"), board.stream().map(PlayerAggregates::name).toList(),
                "Klayton Kiser's swings are of October 2023, Dana Kinetic's of 2018");
        for (PlayerAggregates row : board) {
            assertMetrics(expected(rows(row.name()), AggregateSettings.DEFAULT), row.current(), row.name());
            assertNull(row.previous(), "nobody played in September");
        }
        List<PlayerAggregates> november = fixture.store.seasons().leaderboard(to.plusMillis(1),
                LocalDate.of(2024, 12, 1).atStartOfDay(CHICAGO).toInstant().minusMillis(1), AggregateSettings.DEFAULT);
        assertTrue(november.isEmpty(), "the range before a range holds no one: " + november);
    }

    @Test
    void givenEditsOfEveryKind_whenTheLeaderboardIsReadAfterEach_thenItsQuarterHourSumsAreWhatTheRowsGive()
            throws Exception {
        SwingEdits swings = new SwingEdits(fixture.store);
        PlayerEdits players = new PlayerEdits(fixture.store);
        List<String> janesSwings = rows("Jane Doe").stream().filter(PlayerRow::hasSwing).map(r -> r.swing().getId()).toList();
        assertSumsFollowTheRows("after the imports");

        List<SwingState> unpaired = swings.unpair(janesSwings.subList(0, 5));
        assertSumsFollowTheRows("after five of Jane Doe's pairs were undone");
        swings.unassign(janesSwings.subList(5, 9));
        assertSumsFollowTheRows("after four of her swings were taken from her");
        swings.restore(unpaired);
        assertSumsFollowTheRows("after the unpairing was undone");
        PlayerMerge merge = players.merge("John Roe", "Jane Doe", MatchSettings.automatic());
        assertSumsFollowTheRows("after John Roe was merged into Jane Doe");
        players.undoMerge(merge);
        assertSumsFollowTheRows("after the merge was undone");
        swings.assign(janesSwings.subList(5, 9), "John Roe", "analyst", MatchSettings.automatic());
        assertSumsFollowTheRows("after her four swings were given to John Roe");
        assertTrue(fixture.importForPlayer("Klayton Kiser", "blast/whoopblast-swing-data3.csv").succeeded());
        assertSumsFollowTheRows("after Klayton Kiser's swings of 2022 were imported");
    }

    /**
     * The leaderboard of 2010 to 2029, every player's every row (whole quarter hours: read from the
     * sums), against the same years from a millisecond earlier (summed from the rows) and against
     * the rows summed in Java.
     */
    private void assertSumsFollowTheRows(String when) {
        Instant from = LocalDate.of(2010, 1, 1).atStartOfDay(CHICAGO).toInstant();
        Instant to = LocalDate.of(2030, 1, 1).atStartOfDay(CHICAGO).toInstant().minusMillis(1);

        List<PlayerAggregates> summed = fixture.store.seasons().leaderboard(from, to, AggregateSettings.DEFAULT);
        List<PlayerAggregates> counted = fixture.store.seasons().leaderboard(from.minusMillis(1), to,
                AggregateSettings.DEFAULT);

        assertTrue(summed.size() >= PLAYERS.size() - 1, "every player who holds a row is there " + when + ": " + summed);
        assertEquals(counted.stream().map(PlayerAggregates::name).toList(),
                summed.stream().map(PlayerAggregates::name).toList(), when);
        for (int i = 0; i < summed.size(); i++) {
            String player = summed.get(i).name();
            assertMetrics(counted.get(i).current(), summed.get(i).current(), player + " " + when);
            assertMetrics(expected(rows(player), AggregateSettings.DEFAULT), summed.get(i).current(), player + " " + when);
            assertSessionsFollowTheRows(summed.get(i).playerId(), player + " " + when);
        }
    }

    /** A player's sessions from the sums (no bound) against those summed from the rows (a bound of no whole quarter). */
    private void assertSessionsFollowTheRows(String playerId, String what) {
        List<Period> summed = fixture.store.seasons().periodsOfPlayer(playerId, null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT);
        List<Period> counted = fixture.store.seasons().periodsOfPlayer(playerId, Instant.ofEpochMilli(1), null,
                Grouping.SESSION, CHICAGO, AggregateSettings.DEFAULT);

        assertEquals(counted.stream().map(p -> p.start() + "/" + p.end()).toList(),
                summed.stream().map(p -> p.start() + "/" + p.end()).toList(), what + ": the sessions");
        for (int i = 0; i < summed.size(); i++) {
            assertMetrics(counted.get(i).aggregates(), summed.get(i).aggregates(), what + ", session " + summed.get(i).start());
        }
    }

    @Test
    void givenOnePlayersDay_whenCutIntoSessionsWeeksAndMonths_thenEachPeriodHoldsItsRowsAndNoRowIsCountedTwice() {
        String jane = id("Jane Doe");
        List<Period> sessions = fixture.store.seasons().periodsOfPlayer(jane, null, null, Grouping.SESSION, CHICAGO,
                AggregateSettings.DEFAULT);
        List<Period> weeks = fixture.store.seasons().periodsOfPlayer(jane, null, null, Grouping.WEEK, CHICAGO,
                AggregateSettings.DEFAULT);

        assertEquals(1, sessions.size());
        assertEquals(LocalDate.of(2024, 10, 14), LocalDate.ofInstant(weeks.get(0).start(), CHICAGO), "weeks start on Monday");
        assertMetrics(sessions.get(0).aggregates(), weeks.get(0).aggregates(), "her one session is her one week");
        List<PlayerRow> rows = rows("Jane Doe");
        assertEquals(rows.stream().filter(PlayerRow::hasSwing).count(), sessions.get(0).aggregates().swings());
        Instant firstRow = rows.stream().map(PlayerRow::time).filter(Objects::nonNull).min(Instant::compareTo).orElseThrow();
        assertTrue(!sessions.get(0).start().isAfter(firstRow), "the session starts at its first row");
        List<Period> none = fixture.store.seasons().periodsOfPlayer(jane, sessions.get(0).end().plusSeconds(1), null,
                Grouping.SESSION, CHICAGO, AggregateSettings.DEFAULT);
        assertTrue(none.isEmpty(), "nothing after her last row");
    }

    /** Each metric of {@link Aggregates}, summed here from the rows themselves. */
    private static Aggregates expected(List<PlayerRow> rows, AggregateSettings settings) {
        List<SensorSwing> swings = rows.stream().filter(PlayerRow::hasSwing).map(PlayerRow::swing).toList();
        List<HitTraxEvent> events = rows.stream().filter(PlayerRow::hasEvent).map(PlayerRow::event).toList();
        List<PlayerRow> pairs = rows.stream().filter(r -> r.pairing() == Pairing.PAIRED).toList();
        List<PlayerRow> withEv = pairs.stream().filter(r -> r.event().getExitVelocity() != null).toList();
        List<PlayerRow> squarable = withEv.stream()
                .filter(r -> r.swing().getBatSpeed() != null && r.event().getPitchSpeed() != null).toList();
        long hard = events.stream().filter(e -> e.getExitVelocity() != null && e.getExitVelocity() >= settings.hardHitMph())
                .count();
        long withExitVelocity = events.stream().filter(e -> e.getExitVelocity() != null).count();
        long squared = squarable.stream().filter(r -> r.event().getExitVelocity() >= settings.squaredUpShare()
                * (1.23 * r.swing().getBatSpeed() + 0.23 * r.event().getPitchSpeed())).count();
        return new Aggregates(swings.size(), events.size(), pairs.size(),
                avg(swings, SensorSwing::getBatSpeed), max(swings, SensorSwing::getBatSpeed),
                avg(swings, SensorSwing::getPeakHandSpeed), max(swings, SensorSwing::getPeakHandSpeed),
                avg(swings, SensorSwing::getAttackAngle), max(swings, SensorSwing::getAttackAngle),
                avg(swings, SensorSwing::getTimeToContact), max(swings, SensorSwing::getTimeToContact),
                avg(swings, SensorSwing::getPowerOutput), max(swings, SensorSwing::getPowerOutput),
                avg(events, HitTraxEvent::getExitVelocity), max(events, HitTraxEvent::getExitVelocity),
                avg(events, HitTraxEvent::getLaunchAngle), avg(events, HitTraxEvent::getDistance),
                withExitVelocity == 0 ? null : (double) hard / withExitVelocity,
                avg(withEv.stream().filter(r -> r.swing().getBatSpeed() != null && r.swing().getBatSpeed() > 0).toList(),
                        r -> r.event().getExitVelocity() / r.swing().getBatSpeed()),
                squarable.isEmpty() ? null : (double) squared / squarable.size(),
                avg(pairs.stream().filter(r -> r.swing().getAttackAngle() != null && r.event().getLaunchAngle() != null)
                        .toList(), r -> r.swing().getAttackAngle() - r.event().getLaunchAngle()));
    }

    private static <T> Double avg(List<T> rows, Function<T, Double> value) {
        List<Double> values = rows.stream().map(value).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static <T> Double max(List<T> rows, Function<T, Double> value) {
        return rows.stream().map(value).filter(Objects::nonNull).max(Double::compare).orElse(null);
    }

    private static void assertMetrics(Aggregates expected, Aggregates actual, String player) {
        Map<Metric, String> wrong = java.util.Arrays.stream(Metric.values())
                .filter(Predicate.not(metric -> same(metric.of(expected), metric.of(actual))))
                .collect(Collectors.toMap(m -> m, m -> m.of(expected) + " expected, " + m.of(actual) + " summed"));
        assertTrue(wrong.isEmpty(), player + ": " + wrong);
    }

    private static boolean same(Double expected, Double actual) {
        return expected == null ? actual == null : actual != null && Math.abs(expected - actual) < 1e-9;
    }
}
