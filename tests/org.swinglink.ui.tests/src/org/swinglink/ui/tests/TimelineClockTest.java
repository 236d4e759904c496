package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.Services;
import org.swinglink.ui.internal.timeline.EventMark;
import org.swinglink.ui.internal.timeline.SwingMark;
import org.swinglink.ui.internal.timeline.TimelineModel;
import org.swinglink.ui.internal.timeline.TimelineQuery;

/**
 * The desk's timeline draws a player's swings by their visit's clock estimate: at the end of a
 * three-hour session whose sensor clock drifted 32 s and was set 15 s forward, each swing lies on
 * its ball, where one offset would put it the better part of a minute away.
 */
class TimelineClockTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 5, 16, 0);

    @TempDir
    Path folder;

    @Test
    void givenASessionWhoseClockDriftedAndStepped_whenItsLastMinutesAreShown_thenEverySwingLiesOnItsBall() {
        GeneratedSession.Exports session = GeneratedSession.drifting("Drew Drift", START, Duration.ofHours(3),
                new GeneratedSession.Clock(47_000, 3_000, Duration.ofMinutes(90), 15_000)).write(folder.resolve("input"), 16);
        try (Store store = Store.open(new DatabaseFolder(folder.resolve("db")))) {
            ImportReport report = Services.await(Importer.class).importFiles(store, ImportRequest.perPlayer("Drew Drift",
                    session.files(), new ReadOptions(CHICAGO), "coach"));
            assertTrue(report.succeeded(), report.errorMessage());
            long startOffset = report.players().get(0).clockOffsetMillis();

            Instant end = START.plusHours(3).atZone(CHICAGO).toInstant();
            TimelineModel model = new TimelineQuery(store.queries()).load(end.minus(Duration.ofMinutes(10)), end, 0);

            Map<String, EventMark> events = model.events().stream().collect(Collectors.toMap(EventMark::id, Function.identity()));
            List<SwingMark> paired = model.swings().stream().filter(s -> events.containsKey(s.pairedEventId())).toList();
            assertTrue(paired.size() >= 15, paired.size() + " paired swings in the last ten minutes");
            for (SwingMark swing : paired) {
                Instant ball = events.get(swing.pairedEventId()).time();
                Duration drawn = Duration.between(ball, model.shownTime(swing)).abs();
                Duration underOneOffset = Duration.between(ball, swing.sensorTime().plusMillis(startOffset)).abs();
                assertTrue(drawn.compareTo(Duration.ofMillis(1_500)) <= 0, "swing " + swing.id() + " drawn " + drawn + " from its ball");
                assertTrue(underOneOffset.compareTo(Duration.ofSeconds(30)) > 0,
                        "one offset would put it " + underOneOffset + " away: the test needs a clock that moved");
            }
        }
    }
}
