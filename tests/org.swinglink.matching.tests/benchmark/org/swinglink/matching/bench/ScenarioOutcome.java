package org.swinglink.matching.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** How a matcher and the naive baseline scored on one benchmark scenario, and totals over several. */
record ScenarioOutcome<S>(S scenario, PairingScore matcher, PairingScore naive) {

    static <S> PairingScore total(List<ScenarioOutcome<S>> outcomes, Predicate<ScenarioOutcome<S>> filter,
            boolean matcher) {
        return outcomes.stream().filter(filter).map(o -> matcher ? o.matcher() : o.naive())
                .reduce(PairingScore.NONE, PairingScore::plus);
    }

    /** One line: the label, then precision and recall of the matcher and of the baseline over the filtered scenarios. */
    static <S> void summarise(String label, int labelWidth, String matcherName, List<ScenarioOutcome<S>> outcomes,
            Predicate<ScenarioOutcome<S>> filter) {
        PairingScore matcher = total(outcomes, filter, true);
        PairingScore naive = total(outcomes, filter, false);
        System.out.printf(Locale.ROOT, "%-" + labelWidth + "s %s P %6.2f%% R %6.2f%% | naive P %6.2f%% R %6.2f%%  (%d true pairs)%n",
                label, matcherName, percent(matcher.precision()), percent(matcher.recall()), percent(naive.precision()),
                percent(naive.recall()), matcher.truePairs());
    }

    static double percent(double fraction) {
        return fraction * 100;
    }
}
