package org.swinglink.matching;

import java.util.Arrays;

/**
 * Chains of candidate edges rising in swing and event order, each edge remembering the best chain it
 * ends (most pairs, then least total |delta|). A Fenwick tree over event positions answers "best chain
 * ending before this event" in O(log W). Scratch arrays are reused across components.
 */
final class EdgeChains {

    private static final int NONE = -1;

    private int[] swing = new int[16];
    private int[] event = new int[16];
    private int[] localEvent = new int[16];
    private int[] pairCount = new int[16];
    private long[] totalCost = new long[16];
    private int[] previous = new int[16];
    private int edgeCount;

    /** 1-based Fenwick tree of edge ids; each node holds the best chain over its range of events. */
    private int[] bestEnding = new int[17];
    private int span;

    void reset(int eventSpan) {
        span = eventSpan;
        if (bestEnding.length < eventSpan + 1) {
            bestEnding = new int[Math.max(eventSpan + 1, bestEnding.length * 2)];
        }
        Arrays.fill(bestEnding, 0, eventSpan + 1, NONE);
        edgeCount = 0;
    }

    int edgeCount() {
        return edgeCount;
    }

    /** Scores the edge (s, e) as the best chain ending before local event position {@code local} plus this edge. */
    void extendBestChainBefore(int local, int s, int e, long cost) {
        int before = bestUpTo(local);
        ensureCapacity(edgeCount + 1);
        swing[edgeCount] = s;
        event[edgeCount] = e;
        localEvent[edgeCount] = local;
        pairCount[edgeCount] = before == NONE ? 1 : pairCount[before] + 1;
        totalCost[edgeCount] = before == NONE ? cost : totalCost[before] + cost;
        previous[edgeCount] = before;
        edgeCount++;
    }

    /** Makes the edges from {@code fromEdge} on visible to later queries. */
    void publish(int fromEdge) {
        for (int edge = fromEdge; edge < edgeCount; edge++) {
            for (int node = localEvent[edge] + 1; node <= span; node += node & -node) {
                if (isBetter(edge, bestEnding[node])) {
                    bestEnding[node] = edge;
                }
            }
        }
    }

    /** Last edge of the best chain overall, or -1 when there are no edges. */
    int bestChainEnd() {
        return bestUpTo(span);
    }

    int previous(int edge) {
        return previous[edge];
    }

    int swing(int edge) {
        return swing[edge];
    }

    int event(int edge) {
        return event[edge];
    }

    /** Best chain whose last event lies at a local position below {@code count}. */
    private int bestUpTo(int count) {
        int best = NONE;
        for (int node = count; node > 0; node -= node & -node) {
            if (isBetter(bestEnding[node], best)) {
                best = bestEnding[node];
            }
        }
        return best;
    }

    private boolean isBetter(int edge, int than) {
        if (edge == NONE) {
            return false;
        }
        if (than == NONE) {
            return true;
        }
        if (pairCount[edge] != pairCount[than]) {
            return pairCount[edge] > pairCount[than];
        }
        return totalCost[edge] < totalCost[than];
    }

    private void ensureCapacity(int needed) {
        if (needed <= swing.length) {
            return;
        }
        int capacity = Math.max(needed, swing.length * 2);
        swing = Arrays.copyOf(swing, capacity);
        event = Arrays.copyOf(event, capacity);
        localEvent = Arrays.copyOf(localEvent, capacity);
        pairCount = Arrays.copyOf(pairCount, capacity);
        totalCost = Arrays.copyOf(totalCost, capacity);
        previous = Arrays.copyOf(previous, capacity);
    }
}
