package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchResultTest {

    @Test
    void givenSomePairs_whenAskingForUnmatched_thenListsTheRestAscending() {
        MatchResult result = new MatchResult(List.of(new MatchedPair(3, 0, 10), new MatchedPair(1, 2, -20)), 0, true,
                2 / 3.0);

        assertArrayEquals(new int[] { 0, 2, 4 }, result.unmatchedEventIndices(5));
        assertArrayEquals(new int[] { 1 }, result.unmatchedSwingIndices(3));
    }

    @Test
    void givenNoPairs_whenAskingForUnmatched_thenListsEverything() {
        MatchResult result = new MatchResult(List.of(), 0, true, 0);

        assertArrayEquals(new int[] { 0, 1 }, result.unmatchedEventIndices(2));
        assertArrayEquals(new int[0], result.unmatchedSwingIndices(0));
    }

    @Test
    void givenAListChangedAfterwards_whenReadingPairs_thenTheResultIsUnchanged() {
        List<MatchedPair> pairs = new ArrayList<>(List.of(new MatchedPair(0, 0, 0)));
        MatchResult result = new MatchResult(pairs, 0, false, 1);

        pairs.clear();

        assertEquals(1, result.pairs().size());
    }

    @Test
    void givenSupportOutsideZeroToOne_whenCreatingResult_thenRejectsIt() {
        assertThrows(IllegalArgumentException.class, () -> new MatchResult(List.of(), 0, true, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new MatchResult(List.of(), 0, true, Double.NaN));
    }

    @Test
    void givenOnlyAnOffset_whenCreatingResult_thenItsClockIsConstantAndNoVisitIsKnown() {
        MatchResult result = new MatchResult(List.of(), 45_000, true, 0);

        assertEquals(ClockModel.constant(45_000), result.clock());
        assertEquals(45_000, result.offsetMillis());
        assertEquals(List.of(), result.visitClocks());
    }

    @Test
    void givenADriftingClock_whenAskingTheOffset_thenItIsTheOffsetAtTheVisitsStart() {
        ClockModel clock = new ClockModel(1_000_000, 45_000, 3_000, List.of(new ClockStep(2_000_000, 20_000)));

        MatchResult result = new MatchResult(List.of(), clock, List.of(new VisitClock(1_000_000, 3_000_000, clock)),
                true, 0);

        assertEquals(45_000, result.offsetMillis());
    }

    @Test
    void givenTwoVisits_whenAskingTheClockAtATime_thenTheCoveringOrNearestVisitsClockAnswers() {
        ClockModel morning = ClockModel.constant(10_000);
        ClockModel evening = new ClockModel(50_000_000, 20_000, 1_000, List.of());
        MatchResult result = new MatchResult(List.of(), evening,
                List.of(new VisitClock(50_000_000, 60_000_000, evening), new VisitClock(1_000_000, 5_000_000, morning)),
                true, 0);

        assertEquals(1_000_000, result.visitClocks().get(0).fromSensorMillis());
        assertEquals(morning, result.clockAt(3_000_000));
        assertEquals(morning, result.clockAt(20_000_000));
        assertEquals(evening, result.clockAt(40_000_000));
        assertEquals(evening, result.clockAt(55_000_000));
    }
}
