package org.swinglink.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs swings with events one-to-one without crossing (a later swing never gets an earlier event),
 * maximising the number of pairs and then minimising the total |delta|.
 *
 * <p>Swings whose candidate bands overlap form a component; components share no events, so each is
 * solved on its own. Inside a component the best pairing is the best chain of candidate edges that
 * rises in both swing and event order, found with a prefix-maximum Fenwick tree over the component's
 * events: O(E log W) for E candidate edges over W events. With a sensible tolerance a component holds
 * one to three swings, so the whole pairing costs little more than the sort.
 */
final class OrderPreservingPairing {

    /** Beyond this many edges in one component (thousands of identical times) cardinality wins over cost. */
    static final int EXACT_EDGE_LIMIT = 1 << 22;

    private final SortedTimes events;
    private final SortedTimes swings;
    private final long offsetMillis;
    private final CandidateBands bands;
    private final EdgeChains chains = new EdgeChains();
    private final List<MatchedPair> pairs = new ArrayList<>();

    private OrderPreservingPairing(SortedTimes events, SortedTimes swings, long offsetMillis, long toleranceMillis) {
        this.events = events;
        this.swings = swings;
        this.offsetMillis = offsetMillis;
        this.bands = CandidateBands.of(events, swings, offsetMillis, toleranceMillis);
    }

    /** Pairs ordered by swing time. */
    static List<MatchedPair> pair(SortedTimes events, SortedTimes swings, long offsetMillis, long toleranceMillis) {
        OrderPreservingPairing pairing = new OrderPreservingPairing(events, swings, offsetMillis, toleranceMillis);
        pairing.pairAllComponents();
        return pairing.pairs;
    }

    private void pairAllComponents() {
        int s = 0;
        int swingCount = bands.swingCount();
        while (s < swingCount) {
            if (bands.isEmpty(s)) {
                s++;
                continue;
            }
            int componentEnd = s;
            long edgeCount = bands.width(s);
            while (componentEnd + 1 < swingCount && !bands.isEmpty(componentEnd + 1)
                    && bands.first(componentEnd + 1) <= bands.last(componentEnd)) {
                componentEnd++;
                edgeCount += bands.width(componentEnd);
            }
            pairComponent(s, componentEnd, edgeCount);
            s = componentEnd + 1;
        }
    }

    private void pairComponent(int firstSwing, int lastSwing, long edgeCount) {
        if (firstSwing == lastSwing) {
            addPair(nearestCandidate(firstSwing), firstSwing);
        } else if (edgeCount <= EXACT_EDGE_LIMIT) {
            pairByBestChain(firstSwing, lastSwing);
        } else {
            pairGreedily(firstSwing, lastSwing);
        }
    }

    private int nearestCandidate(int s) {
        int best = bands.first(s);
        for (int e = best + 1; e <= bands.last(s); e++) {
            if (Math.abs(delta(e, s)) < Math.abs(delta(best, s))) {
                best = e;
            }
        }
        return best;
    }

    private void pairByBestChain(int firstSwing, int lastSwing) {
        int firstEvent = bands.first(firstSwing);
        int eventSpan = bands.last(lastSwing) - firstEvent + 1;
        chains.reset(eventSpan);
        for (int s = firstSwing; s <= lastSwing; s++) {
            int swingEdgesStart = chains.edgeCount();
            for (int e = bands.first(s); e <= bands.last(s); e++) {
                chains.extendBestChainBefore(e - firstEvent, s, e, Math.abs(delta(e, s)));
            }
            // Published only after the whole band is scored, so a chain never uses a swing twice.
            chains.publish(swingEdgesStart);
        }
        int start = pairs.size();
        for (int edge = chains.bestChainEnd(); edge >= 0; edge = chains.previous(edge)) {
            addPair(chains.event(edge), chains.swing(edge));
        }
        reverseTail(start);
    }

    /** Earliest free candidate for each swing: still the largest number of pairs. */
    private void pairGreedily(int firstSwing, int lastSwing) {
        int nextFreeEvent = 0;
        for (int s = firstSwing; s <= lastSwing; s++) {
            int e = Math.max(bands.first(s), nextFreeEvent);
            if (e <= bands.last(s)) {
                addPair(e, s);
                nextFreeEvent = e + 1;
            }
        }
    }

    private long delta(int sortedEvent, int sortedSwing) {
        return Saturating.subtract(events.time(sortedEvent), Saturating.add(swings.time(sortedSwing), offsetMillis));
    }

    private void addPair(int sortedEvent, int sortedSwing) {
        pairs.add(new MatchedPair(events.inputIndex(sortedEvent), swings.inputIndex(sortedSwing),
                delta(sortedEvent, sortedSwing)));
    }

    private void reverseTail(int start) {
        for (int i = start, j = pairs.size() - 1; i < j; i++, j--) {
            MatchedPair swap = pairs.get(i);
            pairs.set(i, pairs.get(j));
            pairs.set(j, swap);
        }
    }
}
