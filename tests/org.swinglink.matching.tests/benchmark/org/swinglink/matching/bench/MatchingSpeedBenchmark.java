package org.swinglink.matching.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.MatchResult;
import org.swinglink.matching.SwingMatcher;

/**
 * Times {@link SwingMatcher} on about 500,000 swings and 500,000 events (daily generated sessions, a
 * 3 min 20 s clock offset, 10% misses and 10% takes), with the offset estimated and with it fixed.
 * Warm-up runs first so the JIT has compiled the hot loops; then the median and best of the measured
 * runs are printed.
 *
 * <p>Usage: {@code MatchingSpeedBenchmark [swings]}, default 500000.
 */
public final class MatchingSpeedBenchmark {

    private static final int WARM_UP_RUNS = 5;
    private static final int MEASURED_RUNS = 7;

    public static void main(String[] args) {
        int swings = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        SessionSpec spec = new SessionSpec(200_317, 300, 0.10, 0.10);
        GeneratedSession data = new SessionGenerator(42).sessions(spec, swings);
        System.out.printf(Locale.ROOT, "%,d events x %,d swings%n", data.eventEpochMillis().length,
                data.swingEpochMillis().length);
        measure("offset estimated", data, MatchOptions.defaults());
        measure("offset fixed", data, MatchOptions.defaults().withFixedOffset(200_817));
        // Export order is nearly sorted, which the sort exploits; shuffled input shows the full sort cost.
        GeneratedSession shuffled = data.shuffled(new Random(7));
        measure("shuffled, estimated", shuffled, MatchOptions.defaults());
        measure("shuffled, fixed", shuffled, MatchOptions.defaults().withFixedOffset(200_817));
    }

    private static void measure(String label, GeneratedSession data, MatchOptions options) {
        SwingMatcher matcher = new SwingMatcher();
        MatchResult result = null;
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            result = matcher.match(data.eventEpochMillis(), data.swingEpochMillis(), options);
        }
        long[] millis = new long[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            result = matcher.match(data.eventEpochMillis(), data.swingEpochMillis(), options);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        PairingScore score = PairingScore.of(result.pairs(), data);
        System.out.printf(Locale.ROOT,
                "%-20s median %5d ms, best %5d ms | offset %d ms, %,d pairs, precision %.2f%%, recall %.2f%%%n",
                label, millis[MEASURED_RUNS / 2], millis[0], result.offsetMillis(), result.pairs().size(),
                score.precision() * 100, score.recall() * 100);
    }
}
