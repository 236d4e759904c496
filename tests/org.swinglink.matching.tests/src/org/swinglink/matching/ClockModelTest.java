package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockModelTest {

    private static final long START = 1_696_412_317_000L;
    private static final long HOUR = 3_600_000;

    @Test
    void givenAConstantClock_whenAskingAnyTime_thenTheOffsetIsTheSame() {
        ClockModel clock = ClockModel.constant(45_300);

        assertTrue(clock.isConstant());
        assertEquals(45_300, clock.offsetAt(0));
        assertEquals(45_300, clock.offsetAt(START + 5 * HOUR));
        assertEquals(START + 45_300, clock.toHitTraxMillis(START));
    }

    @Test
    void givenADriftOf1000Ppm_whenAnHourHasPassed_thenTheOffsetGrewBy3point6Seconds() {
        ClockModel clock = new ClockModel(START, 10_000, 1_000, List.of());

        assertFalse(clock.isConstant());
        assertEquals(10_000, clock.offsetAt(START));
        assertEquals(13_600, clock.offsetAt(START + HOUR));
        assertEquals(6_400, clock.offsetAt(START - HOUR));
    }

    @Test
    void givenAStep_whenAtOrAfterItsMoment_thenItCounts() {
        ClockModel clock = new ClockModel(START, 10_000, 0, List.of(new ClockStep(START + HOUR, -20_000)));

        assertFalse(clock.isConstant());
        assertEquals(10_000, clock.offsetAt(START + HOUR - 1));
        assertEquals(-10_000, clock.offsetAt(START + HOUR));
        assertEquals(START + 2 * HOUR - 10_000, clock.toHitTraxMillis(START + 2 * HOUR));
    }

    @Test
    void givenDriftAndTwoStepsOutOfOrder_whenCreating_thenStepsAreSortedAndAddUp() {
        ClockModel clock = new ClockModel(START, 0, -2_000,
                List.of(new ClockStep(START + 2 * HOUR, 5_000), new ClockStep(START + HOUR, 1_000)));

        assertEquals(List.of(new ClockStep(START + HOUR, 1_000), new ClockStep(START + 2 * HOUR, 5_000)), clock.steps());
        assertEquals(-14_400 + 1_000 + 5_000, clock.offsetAt(START + 2 * HOUR));
    }

    @Test
    void givenAHitTraxTime_whenMappingBack_thenTheSensorTimeMapsToIt() {
        ClockModel clock = new ClockModel(START, 45_000, 3_000, List.of(new ClockStep(START + HOUR, 12_000)));

        for (long sensor : new long[] { START, START + HOUR / 2, START + HOUR + 60_000, START + 3 * HOUR }) {
            assertEquals(sensor, clock.toSensorMillis(clock.toHitTraxMillis(sensor)), 1);
        }
    }
}
