package org.swinglink.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.SwingMatcher;

/**
 * Precision and recall of {@link SwingMatcher} (default options, offset estimated) and of the naive
 * +-10 s nearest-event baseline on generated sessions with known truth, over a grid of clock offsets,
 * jitter levels and missing rates. Each session is matched on its own, as an import does.
 *
 * <p>"Pairable" scenarios are those where a person with both lists could pair the swings: jitter up to
 * 1 s, well below the 4 s shortest common gap between pitches. At 2.5 s jitter a swing's time spreads
 * over 6 s once Blast's truncation is added, about one pitch gap, so next to a miss or a take nobody
 * can tell which pitch it was. Target for pairable scenarios: precision >= 99.5%, recall >= 99%.
 *
 * <p>Usage: {@code MatchingQualityBenchmark [toleranceMillis]}, default {@link MatchOptions#defaults()}.
 */
public final class MatchingQualityBenchmark {

    static final long[] OFFSETS_MILLIS = { 0, 5_000, 45_000, 180_000, 3_600_000, 7_200_000, -37 * 60_000 };
    static final long[] JITTERS_MILLIS = { 300, 1_000, 2_500 };
    static final double[] MISSING_RATES = { 0, 0.10, 0.30 };
    static final int SESSIONS_PER_SCENARIO = 40;
    static final long PAIRABLE_MAX_JITTER_MILLIS = 1_000;

    record Scenario(long offsetMillis, long jitterMillis, double missingRate) {
        boolean pairable() {
            return jitterMillis <= PAIRABLE_MAX_JITTER_MILLIS;
        }
    }

    public static void main(String[] args) {
        MatchOptions options = args.length > 0 ? MatchOptions.defaults().withTolerance(Long.parseLong(args[0]))
                : MatchOptions.defaults();
        System.out.println("SwingMatcher (SM) tolerance " + options.toleranceMillis() + " ms, offset estimated; "
                + SESSIONS_PER_SCENARIO + " sessions per row");
        List<ScenarioOutcome<Scenario>> outcomes = new ArrayList<>();
        System.out.printf("%9s %7s %7s | %9s %9s | %9s %9s%n", "offset", "jitter", "missing",
                "SM prec", "SM recall", "naive prec", "naive rec");
        int scenarioNumber = 0;
        for (long offset : OFFSETS_MILLIS) {
            for (long jitter : JITTERS_MILLIS) {
                for (double missing : MISSING_RATES) {
                    ScenarioOutcome<Scenario> outcome = run(new Scenario(offset, jitter, missing), options, 1_000L * scenarioNumber++);
                    outcomes.add(outcome);
                    print(outcome);
                }
            }
        }
        System.out.println();
        summarise("pairable (jitter <= 1 s)", outcomes, o -> o.scenario().pairable());
        summarise("jitter 2.5 s", outcomes, o -> !o.scenario().pairable());
        summarise("offset within +-10 s", outcomes, o -> Math.abs(o.scenario().offsetMillis()) <= 10_000);
        summarise("offset beyond 10 s", outcomes, o -> Math.abs(o.scenario().offsetMillis()) > 10_000);
        summarise("overall", outcomes, o -> true);
        PairingScore pairable = ScenarioOutcome.total(outcomes, o -> o.scenario().pairable(), true);
        boolean met = pairable.precision() >= 0.995 && pairable.recall() >= 0.99;
        System.out.println("target (pairable: precision >= 99.5%, recall >= 99%): " + (met ? "met" : "MISSED"));
    }

    static ScenarioOutcome<Scenario> run(Scenario scenario, MatchOptions options, long seed) {
        SessionGenerator generator = new SessionGenerator(seed);
        Random subSecond = new Random(seed ^ 0x5EED);
        SwingMatcher matcher = new SwingMatcher();
        NaiveNearestMatcher naive = new NaiveNearestMatcher();
        PairingScore matcherScore = PairingScore.NONE;
        PairingScore naiveScore = PairingScore.NONE;
        for (int i = 0; i < SESSIONS_PER_SCENARIO; i++) {
            // Real clocks never agree to the millisecond.
            long offset = scenario.offsetMillis() + subSecond.nextInt(1000);
            GeneratedSession session = generator.session(new SessionSpec(offset, scenario.jitterMillis(),
                    scenario.missingRate(), scenario.missingRate()));
            matcherScore = matcherScore.plus(PairingScore.of(matcher.match(session.eventEpochMillis(),
                    session.swingEpochMillis(), options).pairs(), session));
            naiveScore = naiveScore.plus(PairingScore.of(naive.match(session.eventEpochMillis(),
                    session.swingEpochMillis()), session));
        }
        return new ScenarioOutcome<>(scenario, matcherScore, naiveScore);
    }

    private static void print(ScenarioOutcome<Scenario> outcome) {
        Scenario scenario = outcome.scenario();
        System.out.printf(Locale.ROOT, "%9s %6.1fs %6.0f%% | %8.2f%% %8.2f%% | %9.2f%% %8.2f%%%n",
                formatOffset(scenario.offsetMillis()), scenario.jitterMillis() / 1000.0, scenario.missingRate() * 100,
                percent(outcome.matcher().precision()), percent(outcome.matcher().recall()),
                percent(outcome.naive().precision()), percent(outcome.naive().recall()));
    }

    private static void summarise(String label, List<ScenarioOutcome<Scenario>> outcomes,
            Predicate<ScenarioOutcome<Scenario>> filter) {
        ScenarioOutcome.summarise(label, 26, "SwingMatcher", outcomes, filter);
    }

    private static String formatOffset(long millis) {
        long seconds = Math.abs(millis) / 1000;
        String sign = millis < 0 ? "-" : "";
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return sign + seconds / 3600 + " h";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return sign + seconds / 60 + " min";
        }
        return sign + seconds + " s";
    }

    private static double percent(double fraction) {
        return ScenarioOutcome.percent(fraction);
    }
}
