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
}
