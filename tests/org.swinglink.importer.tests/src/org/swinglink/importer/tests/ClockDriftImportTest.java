package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.importer.ClockReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerReport;
import org.swinglink.model.ClockCourse;
import org.swinglink.model.ImportPlayer;
import org.swinglink.testing.GeneratedSession;

/**
 * A three-hour session whose sensor clock drifts 3,000 ppm (32 s over the session) and is set 15 s
 * forward halfway, imported for real: the pairs are the true ones, and the import records and
 * reports the clock's course (offset at the first swing, drift, step).
 */
class ClockDriftImportTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 5, 16, 0);
    private static final GeneratedSession.Clock CLOCK = new GeneratedSession.Clock(47_000, 3_000, Duration.ofMinutes(90), 15_000);

    @TempDir
    Path folder;

    @Test
    void givenASensorClockThatDriftsAndSteps_whenImported_thenTheTruePairsAreMadeAndTheCourseIsReported() {
        GeneratedSession.Exports session = GeneratedSession.drifting("Drew Drift", START, Duration.ofHours(3), CLOCK)
                .write(folder.resolve("input"), 16);
        try (ImportFixture fixture = new ImportFixture(folder)) {
            ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Drew Drift",
                    session.files(), ImportFixture.CHICAGO, "coach"));

            assertTrue(report.succeeded(), report.errorMessage());
            PlayerReport player = report.players().get(0);
            ClockReport clock = player.clock();
            assertNotNull(clock, "an estimated offset comes with its course");
            assertEquals(3_000, clock.driftPpm(), 300, "drift in ppm");
            assertEquals(1, clock.steps().size(), "one step: " + clock.steps());
            ClockCourse.Step step = clock.steps().get(0);
            assertEquals(15_000, step.sizeMillis(), 1_500, "the step's size");
            Instant stepTime = START.plusMinutes(90).minusSeconds(47 + 16).atZone(CHICAGO).toInstant(); // on the sensor clock
            assertTrue(Duration.between(stepTime, step.at()).abs().compareTo(Duration.ofMinutes(3)) < 0,
                    "the step at " + step.at() + ", set at about " + stepTime);
            assertEquals(47_000, player.clockOffsetMillis(), 1_500, "the offset at the visit's first swing");

            Map<Instant, Instant> truth = new HashMap<>();
            for (LocalDateTime[] pair : session.truePairs()) { // Blast keeps whole seconds
                truth.put(pair[1].truncatedTo(ChronoUnit.SECONDS).atZone(CHICAGO).toInstant(), pair[0].atZone(CHICAGO).toInstant());
            }
            List<Object[]> stored = fixture.store.read(em -> em.createQuery(
                    "SELECT s.sensorTimestamp, e.eventTimestamp FROM SensorSwing s JOIN s.hittraxEvent e", Object[].class)
                    .getResultList());
            long correct = stored.stream().filter(pair -> pair[1].equals(truth.get(pair[0]))).count();
            assertTrue(correct >= 0.995 * stored.size(), correct + " of " + stored.size() + " pairs are true ones");
            assertTrue(correct >= 0.995 * truth.size(), correct + " of " + truth.size() + " true pairs were made");

            ImportPlayer row = fixture.store.queries().importPlayers(report.importSessionId()).get(0);
            assertEquals(clock, ClockReport.of(row.getClockCourse()), "the course is stored as reported");
        }
    }

    @Test
    void givenTheSamplesWhoseClockKeepsPace_whenImported_thenTheCourseSaysNoDriftAndNoStep() {
        try (ImportFixture fixture = new ImportFixture(folder)) {
            ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                    "paired/Metrics - Jane Doe.csv");

            ClockReport clock = report.players().get(0).clock();
            assertNotNull(clock);
            assertEquals(0, clock.driftPpm(), "a short session with a steady clock claims no drift");
            assertTrue(clock.steps().isEmpty());
            assertEquals("-", clock.driftText());
        }
    }

    @Test
    void givenAnOffsetTheAnalystGave_whenImported_thenNoCourseIsClaimed() {
        try (ImportFixture fixture = new ImportFixture(folder)) {
            List<Path> files = List.of(fixture.file("hittrax/jane-doe-2024-10-14.csv"), fixture.file("paired/Metrics - Jane Doe.csv"));
            ImportReport report = fixture.importer.importFiles(fixture.store, ImportRequest.perPlayer("Jane Doe", files,
                    ImportFixture.CHICAGO, "coach").withMatching(new MatchSettings(0L, null)));

            assertNull(report.players().get(0).clock());
        }
    }
}
