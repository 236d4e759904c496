package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchOptionsTest {

    @Test
    void givenDefaults_whenReading_thenEstimatesWithinThreeHoursAndTwoSeconds() {
        MatchOptions options = MatchOptions.defaults();

        assertNull(options.fixedOffsetMillis());
        assertTrue(options.estimatesOffset());
        assertEquals(2_000, options.toleranceMillis());
        assertEquals(3 * 3_600_000L, options.maxOffsetMillis());
    }

    @Test
    void givenDefaults_whenOverriding_thenChangesOnlyThatSetting() {
        MatchOptions options = MatchOptions.defaults().withFixedOffset(-5_000).withTolerance(1_500).withMaxOffset(60_000);

        assertEquals(-5_000L, options.fixedOffsetMillis());
        assertFalse(options.estimatesOffset());
        assertEquals(1_500, options.toleranceMillis());
        assertEquals(60_000, options.maxOffsetMillis());
        assertTrue(options.withEstimatedOffset().estimatesOffset());
    }

    @Test
    void givenAnEstimatedOrAFixedOffset_whenAskingTheReach_thenItIsThatOffsetsRangePlusTheTolerance() {
        assertEquals(3 * 3_600_000L + 2_000, MatchOptions.defaults().reachMillis());
        assertEquals(5_000 + 1_500, MatchOptions.defaults().withFixedOffset(-5_000).withTolerance(1_500).reachMillis());
    }

    @Test
    void givenNegativeTolerance_whenCreating_thenRejectsIt() {
        assertThrows(IllegalArgumentException.class, () -> MatchOptions.defaults().withTolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> MatchOptions.defaults().withMaxOffset(-1));
    }
}
