package org.swinglink.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.swinglink.model.HitTraxEvent;

/**
 * Which HitTrax events an analysis keeps: some pitch types, some results (as HitTrax writes them,
 * "FB", "2B-8"); empty sets keep every one. When it keeps only some, a swing counts only with a
 * kept ball: a swing without a ball has no pitch type or result to be kept for.
 */
public record EventFilter(Set<String> pitchTypes, Set<String> results) {
    public static final EventFilter ALL = new EventFilter(Set.of(), Set.of());

    public EventFilter {
        pitchTypes = Set.copyOf(pitchTypes);
        results = Set.copyOf(results);
    }

    public boolean isActive() {
        return !pitchTypes.isEmpty() || !results.isEmpty();
    }

    public boolean keeps(HitTraxEvent event) {
        return event != null && keeps(pitchTypes, event.getPitchType()) && keeps(results, event.getResult());
    }

    /** An empty set keeps every value; a ball without the value (a take has no result) is kept by no other. */
    private static boolean keeps(Set<String> kept, String value) {
        return kept.isEmpty() || value != null && kept.contains(value); // Set.of(...).contains(null) throws
    }

    /** " AND e.pitch_type IN (?, ...) AND e.result IN (?, ...)" for the ball aliased {@code e}; empty when it keeps all. */
    String sql() {
        StringBuilder where = new StringBuilder();
        if (!pitchTypes.isEmpty()) {
            where.append(" AND e.pitch_type IN (").append(marks(pitchTypes.size())).append(')');
        }
        if (!results.isEmpty()) {
            where.append(" AND e.result IN (").append(marks(results.size())).append(')');
        }
        return where.toString();
    }

    /** The values of {@link #sql()}'s marks, in their order. */
    List<String> parameters() {
        List<String> values = new ArrayList<>(pitchTypes.stream().sorted().toList());
        values.addAll(results.stream().sorted().toList());
        return values;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
