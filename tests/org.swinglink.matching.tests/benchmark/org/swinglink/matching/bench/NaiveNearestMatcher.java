package org.swinglink.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.swinglink.matching.MatchedPair;

/**
 * The baseline people write first: each swing, in time order, takes the nearest event not yet used
 * within a fixed window of its raw sensor time, ignoring any clock offset.
 */
final class NaiveNearestMatcher {

    static final long WINDOW_MILLIS = 10_000;

    List<MatchedPair> match(long[] eventEpochMillis, long[] swingEpochMillis) {
        Integer[] eventOrder = byTime(eventEpochMillis);
        long[] eventTimes = Arrays.stream(eventOrder).mapToLong(i -> eventEpochMillis[i]).toArray();
        boolean[] used = new boolean[eventTimes.length];
        List<MatchedPair> pairs = new ArrayList<>();
        for (int swing : byTime(swingEpochMillis)) {
            long swingTime = swingEpochMillis[swing];
            int nearest = nearestUnused(eventTimes, used, swingTime);
            if (nearest >= 0) {
                used[nearest] = true;
                pairs.add(new MatchedPair(eventOrder[nearest], swing, eventTimes[nearest] - swingTime));
            }
        }
        return pairs;
    }

    private static int nearestUnused(long[] eventTimes, boolean[] used, long swingTime) {
        int insertion = Arrays.binarySearch(eventTimes, swingTime);
        int start = insertion >= 0 ? insertion : -insertion - 1;
        int before = start - 1;
        while (before >= 0 && used[before] && swingTime - eventTimes[before] <= WINDOW_MILLIS) {
            before--;
        }
        int after = start;
        while (after < eventTimes.length && used[after] && eventTimes[after] - swingTime <= WINDOW_MILLIS) {
            after++;
        }
        long beforeDistance = before >= 0 && !used[before] ? swingTime - eventTimes[before] : Long.MAX_VALUE;
        long afterDistance = after < eventTimes.length && !used[after] ? eventTimes[after] - swingTime : Long.MAX_VALUE;
        long best = Math.min(beforeDistance, afterDistance);
        if (best > WINDOW_MILLIS) {
            return -1;
        }
        return beforeDistance <= afterDistance ? before : after;
    }

    private static Integer[] byTime(long[] times) {
        return IntStream.range(0, times.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> times[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
    }
}
