package org.swinglink.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.swinglink.matching.ClockEstimation;
import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.VisitMatcher;

/**
 * Precision and recall when the sensor clock drifts against HitTrax's or is set in steps within a
 * visit, matched as an import does ({@link VisitMatcher}) beside the naive baseline. Each scenario runs
 * at jitter 300 ms and 1 s with 10% and 30% misses and takes, {@link #SESSIONS_PER_RUN} sessions each,
 * the offset at the visit's start cycling through {@link MatchingQualityBenchmark#OFFSETS_MILLIS}.
 * Target: drift up to 3,000 ppm and steps up to 30 s, precision and recall >= 99.5%, summed over
 * practice and team sessions, and on its own over one player's steady three hours.
 *
 * <p>Usage: {@code ClockChangeBenchmark [toleranceMillis [CONSTANT_OFFSET|DRIFT|DRIFT_AND_STEPS]]}, by
 * default {@link MatchOptions#defaults()}; the second argument measures one lever at a time.
 */
public final class ClockChangeBenchmark {

    static final int SESSIONS_PER_RUN = 40;
    static final long[] JITTERS_MILLIS = { 300, 1_000 };
    static final double[] MISSING_RATES = { 0.10, 0.30 };
    static final double TEAM_SESSION_HOURS = 4;
    static final double STEADY_SESSION_HOURS = 3;
    static final long STEADY_MIN_GAP_MILLIS = 15_000;
    static final long STEADY_MAX_GAP_MILLIS = 25_000;

    /**
     * How a scenario's visits look: practice sessions at the real cadence; a team's four hours, one
     * player's rounds between the others'; or one player's three hours without a break, a pitch every 15
     * to 25 s, no dry swings (the missing rate is takes only), where a drifting and stepped clock smears
     * the whole visit's offset.
     */
    enum Visits {
        PRACTICE, TEAM, STEADY
    }

    /** A way the clock changes within a visit; {@code inTarget} when the target covers it. */
    record Scenario(String label, double driftPpm, int steps, long minStepMillis, long maxStepMillis, Visits visits) {
        boolean inTarget() {
            return Math.abs(driftPpm) <= 3_000 && maxStepMillis <= 30_000;
        }

        SessionSpec spec(long offsetMillis, long jitterMillis, double missingRate) {
            double sensorOnly = visits == Visits.STEADY ? 0 : missingRate;
            return new SessionSpec(offsetMillis, jitterMillis, sensorOnly, missingRate).withDrift(driftPpm)
                    .withSteps(steps, minStepMillis, maxStepMillis);
        }

        GeneratedSession generate(SessionGenerator generator, SessionSpec spec) {
            return switch (visits) {
                case PRACTICE -> generator.session(spec);
                case TEAM -> generator.teamSession(spec, TEAM_SESSION_HOURS);
                case STEADY -> generator.steadySession(spec, STEADY_SESSION_HOURS, STEADY_MIN_GAP_MILLIS,
                        STEADY_MAX_GAP_MILLIS);
            };
        }
    }

    static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("constant offset (reference)", 0, 0, 0, 0, Visits.PRACTICE));
        for (double ppm : new double[] { 500, -500, 1_000, -1_000, 3_000, -3_000, 5_000, -5_000 }) {
            scenarios.add(new Scenario(String.format(Locale.ROOT, "drift %+.0f ppm", ppm), ppm, 0, 0, 0,
                    Visits.PRACTICE));
        }
        for (long seconds : new long[] { 1, 5, 15, 30 }) {
            scenarios.add(new Scenario("1 step of " + seconds + " s", 0, 1, seconds * 1_000, seconds * 1_000,
                    Visits.PRACTICE));
        }
        scenarios.add(new Scenario("2 steps of 1-30 s", 0, 2, 1_000, 30_000, Visits.PRACTICE));
        scenarios.add(new Scenario("+3000 ppm, 2 steps 1-30 s", 3_000, 2, 1_000, 30_000, Visits.PRACTICE));
        scenarios.add(new Scenario("-3000 ppm, 1 step 1-30 s", -3_000, 1, 1_000, 30_000, Visits.PRACTICE));
        scenarios.add(new Scenario("+5000 ppm, 2 steps 1-30 s", 5_000, 2, 1_000, 30_000, Visits.PRACTICE));
        scenarios.add(new Scenario("team 4 h, +1000 ppm", 1_000, 0, 0, 0, Visits.TEAM));
        scenarios.add(new Scenario("team 4 h, -3000 ppm", -3_000, 0, 0, 0, Visits.TEAM));
        scenarios.add(new Scenario("team 4 h, +3000 ppm, 2 steps", 3_000, 2, 1_000, 30_000, Visits.TEAM));
        scenarios.add(new Scenario("team 4 h, -5000 ppm", -5_000, 0, 0, 0, Visits.TEAM));
        scenarios.add(new Scenario("steady 3 h, +3000 ppm, step", 3_000, 1, 1_000, 30_000, Visits.STEADY));
        scenarios.add(new Scenario("steady 3 h, -3000 ppm, step", -3_000, 1, 1_000, 30_000, Visits.STEADY));
        scenarios.add(new Scenario("steady 3 h, +1000 ppm, step", 1_000, 1, 1_000, 30_000, Visits.STEADY));
        return scenarios;
    }

    public static void main(String[] args) {
        MatchOptions options = args.length > 0 ? MatchOptions.defaults().withTolerance(Long.parseLong(args[0]))
                : MatchOptions.defaults();
        if (args.length > 1) {
            options = options.withClockEstimation(ClockEstimation.valueOf(args[1]));
        }
        run(options);
    }

    static void run(MatchOptions options) {
        System.out.println("Clock drift and steps within a visit: VisitMatcher (VM) tolerance "
                + options.toleranceMillis() + " ms, " + options.clockEstimation() + "; "
                + JITTERS_MILLIS.length * MISSING_RATES.length + " x " + SESSIONS_PER_RUN + " sessions per row");
        System.out.printf("%-28s | %9s %9s | %9s %9s%n", "scenario", "VM prec", "VM recall", "naive prec",
                "naive rec");
        List<ScenarioOutcome<Scenario>> outcomes = new ArrayList<>();
        long seed = 77_000;
        for (Scenario scenario : scenarios()) {
            ScenarioOutcome<Scenario> outcome = run(scenario, options, seed);
            seed += 1_000;
            outcomes.add(outcome);
            System.out.printf(Locale.ROOT, "%-28s | %8.2f%% %8.2f%% | %9.2f%% %8.2f%%%n", scenario.label(),
                    percent(outcome.matcher().precision()), percent(outcome.matcher().recall()),
                    percent(outcome.naive().precision()), percent(outcome.naive().recall()));
        }
        System.out.println();
        // The steady three-hour sessions hold more pairs than all others; they are summed on their own.
        Predicate<ScenarioOutcome<Scenario>> target = o -> o.scenario().inTarget()
                && o.scenario().visits() != Visits.STEADY;
        Predicate<ScenarioOutcome<Scenario>> steady = o -> o.scenario().visits() == Visits.STEADY;
        summarise("drift <= 3000 ppm, steps <= 30 s", outcomes, target);
        summarise("drift 5000 ppm", outcomes, o -> !o.scenario().inTarget());
        summarise("team sessions (4 h)", outcomes, o -> o.scenario().visits() == Visits.TEAM);
        summarise("one player 3 h, no dry swings", outcomes, steady);
        boolean met = meets(ScenarioOutcome.total(outcomes, target, true))
                && meets(ScenarioOutcome.total(outcomes, steady, true));
        System.out.println("target (drift <= 3000 ppm, steps <= 30 s, and one player's 3 h: precision and recall"
                + " >= 99.5%): " + (met ? "met" : "MISSED"));
    }

    private static boolean meets(PairingScore score) {
        return score.precision() >= 0.995 && score.recall() >= 0.995;
    }

    static ScenarioOutcome<Scenario> run(Scenario scenario, MatchOptions options, long seed) {
        SessionGenerator generator = new SessionGenerator(seed);
        Random subSecond = new Random(seed ^ 0x5EED);
        VisitMatcher matcher = new VisitMatcher();
        NaiveNearestMatcher naive = new NaiveNearestMatcher();
        PairingScore matcherScore = PairingScore.NONE;
        PairingScore naiveScore = PairingScore.NONE;
        int session = 0;
        for (long jitter : JITTERS_MILLIS) {
            for (double missing : MISSING_RATES) {
                for (int i = 0; i < SESSIONS_PER_RUN; i++, session++) {
                    long[] offsets = MatchingQualityBenchmark.OFFSETS_MILLIS;
                    long offset = offsets[session % offsets.length] + subSecond.nextInt(1000);
                    SessionSpec spec = scenario.spec(offset, jitter, missing);
                    GeneratedSession generated = scenario.generate(generator, spec);
                    matcherScore = matcherScore.plus(PairingScore.of(matcher.match(generated.eventEpochMillis(),
                            generated.swingEpochMillis(), options).pairs(), generated));
                    naiveScore = naiveScore.plus(PairingScore.of(naive.match(generated.eventEpochMillis(),
                            generated.swingEpochMillis()), generated));
                }
            }
        }
        return new ScenarioOutcome<>(scenario, matcherScore, naiveScore);
    }

    private static void summarise(String label, List<ScenarioOutcome<Scenario>> outcomes,
            Predicate<ScenarioOutcome<Scenario>> filter) {
        ScenarioOutcome.summarise(label, 34, "VisitMatcher", outcomes, filter);
    }

    private static double percent(double fraction) {
        return ScenarioOutcome.percent(fraction);
    }
}
