package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void givenUnorderedValuesWithRepeats_whenTakingMedian_thenMatchesTheSortedMiddle() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int count = 1 + random.nextInt(40);
            long[] values = random.longs(count + 3, -5, 5).toArray();
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);

            assertEquals(sorted[count / 2], Median.of(values, count), Arrays.toString(sorted));
        }
    }
}
