package org.swinglink.benchmarks;

import java.util.Random;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.MatchResult;
import org.swinglink.matching.SwingMatcher;

/**
 * Pairing one player's season: events every 12-26 s, 90 % of them swung at, swings 47 s behind
 * with 0-400 ms jitter, plus dry swings; the clock offset estimated from the data.
 */
public class MatchingBenchmark extends JmhSettings {
    @Param({ "1000", "12500", "100000" })
    public int events;

    private long[] eventTimes;
    private long[] swingTimes;

    @Setup
    public void generate() {
        Random random = new Random(3);
        eventTimes = new long[events];
        long[] swings = new long[events + events / 15];
        int swingCount = 0;
        long time = 1_772_000_000_000L;
        for (int i = 0; i < events; i++) {
            time += 12_000 + random.nextInt(14_000);
            eventTimes[i] = time;
            if (i % 10 != 9) {
                swings[swingCount++] = time - 47_000 - random.nextInt(400);
            }
            if (i % 15 == 14) {
                swings[swingCount++] = time - 41_000;
            }
        }
        swingTimes = java.util.Arrays.copyOf(swings, swingCount);
        java.util.Arrays.sort(swingTimes);
    }

    @Benchmark
    public MatchResult pairWithEstimatedOffset() {
        return new SwingMatcher().match(eventTimes, swingTimes, MatchOptions.defaults());
    }
}
