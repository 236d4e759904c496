package org.swinglink.matching.bench;

import java.util.List;
import org.swinglink.matching.MatchedPair;

/** Pairs a matcher proposed, how many of them were right, and how many true pairs there were. */
public record PairingScore(long proposed, long correct, long truePairs) {

    public static final PairingScore NONE = new PairingScore(0, 0, 0);

    public static PairingScore of(List<MatchedPair> pairs, GeneratedSession truth) {
        long correct = pairs.stream()
                .filter(pair -> truth.trueEventOfSwing()[pair.swingIndex()] == pair.eventIndex())
                .count();
        return new PairingScore(pairs.size(), correct, truth.truePairCount());
    }

    public PairingScore plus(PairingScore other) {
        return new PairingScore(proposed + other.proposed, correct + other.correct, truePairs + other.truePairs);
    }

    /** Share of proposed pairs that are right; 1 when nothing was proposed. */
    public double precision() {
        return proposed == 0 ? 1 : (double) correct / proposed;
    }

    /** Share of true pairs that were found; 1 when there were none. */
    public double recall() {
        return truePairs == 0 ? 1 : (double) correct / truePairs;
    }
}
