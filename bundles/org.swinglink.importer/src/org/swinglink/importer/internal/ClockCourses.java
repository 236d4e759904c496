package org.swinglink.importer.internal;

import java.time.Instant;

import org.swinglink.matching.ClockModel;
import org.swinglink.matching.MatchResult;
import org.swinglink.matching.VisitClock;
import org.swinglink.model.ClockCourse;

/** The matcher's clock estimate as an import records it with the player. */
final class ClockCourses {
    private ClockCourses() {
    }

    /**
     * What a record keeps of a pairing's clock: the offset at the first swing of the visit it
     * reports (its largest), and how the clock ran from there; no course when the offset was given,
     * or the clock stepped more often than a record keeps.
     */
    record Recorded(long offsetMillis, ClockCourse course) {
    }

    static Recorded of(MatchResult result) {
        if (result.offsetEstimated()) {
            for (VisitClock visit : result.visitClocks()) {
                if (visit.clock().equals(result.clock()) && visit.clock().steps().size() <= ClockCourse.MOST_STEPS) {
                    return new Recorded(visit.clock().offsetAt(visit.fromSensorMillis()), course(visit));
                }
            }
        }
        return new Recorded(result.offsetMillis(), null);
    }

    private static ClockCourse course(VisitClock visit) {
        ClockModel clock = visit.clock();
        return new ClockCourse(Instant.ofEpochMilli(visit.fromSensorMillis()), Instant.ofEpochMilli(visit.toSensorMillis()),
                clock.driftPpm(), clock.steps().stream()
                        .filter(step -> step.atSensorMillis() > visit.fromSensorMillis())
                        .map(step -> new ClockCourse.Step(Instant.ofEpochMilli(step.atSensorMillis()), step.sizeMillis()))
                        .toList());
    }
}
