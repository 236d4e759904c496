package org.swinglink.matching;

import java.util.List;

/**
 * The one-to-one pairs a clock model gives a run of swings, counted and scored ({@link ResidualScore}).
 * Scoring each swing by its nearest event lets a few misses borrow events that other swings already
 * pair with; a step those chance alignments suggest gains nothing once every event can pair only once.
 */
record PairedScore(int pairs, double score) {

    /** Swings either side of a changed run that take part, so that a borrowed event is noticed. */
    static final int CONTEXT_SWINGS = 20;

    static PairedScore of(VisitTimes visit, ClockModel clock, int from, int to) {
        int first = Math.max(visit.lo(), from - CONTEXT_SWINGS);
        int end = Math.min(visit.hi(), to + CONTEXT_SWINGS);
        if (end <= first) {
            return new PairedScore(0, 0);
        }
        SortedTimes swings = visit.swings().slice(first, end).mappedBy(clock);
        SortedTimes allEvents = visit.events();
        long tolerance = visit.toleranceMillis();
        int firstEvent = allEvents.firstAtOrAfter(Saturating.subtract(swings.time(0), tolerance));
        int endEvent = allEvents.firstAtOrAfter(Saturating.add(swings.time(swings.size() - 1), tolerance + 1));
        if (endEvent <= firstEvent) {
            return new PairedScore(0, 0);
        }
        List<MatchedPair> pairs = OrderPreservingPairing.pair(allEvents.slice(firstEvent, endEvent), swings, 0, tolerance);
        double total = 0;
        for (MatchedPair pair : pairs) {
            total += visit.score().of(pair.deltaMillis());
        }
        return new PairedScore(pairs.size(), total);
    }

    /**
     * The score of each sorted swing of the visit under one-to-one pairing with {@code clock}: its pair's
     * score, 0 when it stays unpaired.
     */
    static double[] bySwing(VisitTimes visit, ClockModel clock) {
        double[] scores = new double[visit.swings().size()];
        SortedTimes mapped = visit.swings().positions(visit.lo(), visit.hi()).mappedBy(clock);
        for (MatchedPair pair : OrderPreservingPairing.pair(visit.events(), mapped, 0, visit.toleranceMillis())) {
            scores[pair.swingIndex()] = visit.score().of(pair.deltaMillis());
        }
        return scores;
    }
}
