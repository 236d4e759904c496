package org.swinglink.importer.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.store.ImportLocks;
import org.swinglink.store.UnpairedRows;
import org.swinglink.store.ImportLookups;
import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.MatchResult;
import org.swinglink.matching.MatchedPair;
import org.swinglink.matching.SwingMatcher;
import org.swinglink.matching.VisitMatcher;
import org.swinglink.model.ClockCourse;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;

import jakarta.persistence.EntityManager;

/**
 * Pairs a player's still unpaired sensor swings with their still unpaired HitTrax events around a
 * time span, whichever import stored them: a Blast file imported a day after its HitTrax session
 * still finds its balls. Pairs made earlier (by an import or by hand) are never touched.
 */
public final class Pairing {
    private static final int CHUNK = 500;

    /** The clock offset a pairing used (none when there was nothing to pair), and the rows it paired. */
    record Outcome(Long offsetMillis, boolean offsetEstimated, Double support, ClockCourse clockCourse,
            List<String> pairedSwings, List<String> pairedEvents) {
        static final Outcome NOTHING_TO_PAIR = new Outcome(null, false, null, null, List.of(), List.of());
    }

    private final EntityManager em;
    private final MatchOptions options;
    private final SwingMatcher matcher = new SwingMatcher();
    private final VisitMatcher visits = new VisitMatcher();

    public Pairing(EntityManager em, MatchOptions options) {
        this.em = em;
        this.options = options;
    }

    /** Pairs what is unpaired for {@code playerId} between {@code from} and {@code to}, widened by the offset range. */
    Outcome pair(String playerId, Instant from, Instant to) {
        Duration reach = Duration.ofMillis(options.reachMillis());
        Instant start = from.minus(reach);
        Instant end = to.plus(reach);
        List<Object[]> events = UnpairedRows.events(em, playerId, start, end, null);
        List<Object[]> swings = UnpairedRows.swings(em, playerId, start, end, null);
        if (events.isEmpty() || swings.isEmpty()) {
            return Outcome.NOTHING_TO_PAIR;
        }
        List<Object[]> candidates = withTaken(events, UnpairedRows.eventsPairedInFile(em, playerId, start, end, null));
        MatchResult result = matcher.match(millis(candidates), millis(swings), options);
        List<MatchedPair> pairs = onFreeEvents(result.pairs(), events.size());
        apply(pairs, events, swings);
        List<String> pairedSwings = new ArrayList<>();
        List<String> pairedEvents = new ArrayList<>();
        for (MatchedPair pair : pairs) {
            pairedSwings.add((String) swings.get(pair.swingIndex())[0]);
            pairedEvents.add((String) events.get(pair.eventIndex())[0]);
        }
        ClockCourses.Recorded clock = ClockCourses.of(result);
        return new Outcome(clock.offsetMillis(), result.offsetEstimated(), result.offsetSupport(), clock.course(),
                pairedSwings, pairedEvents);
    }

    /**
     * Pairs what is unpaired for {@code playerId} between {@code from} and {@code to} (widened by the
     * offset range) visit by visit, as an import does: for rows that may span many visits, such as
     * everything one player held when merged into another.
     *
     * @return how many pairs it made
     */
    public int pairVisits(String playerId, Instant from, Instant to) {
        ImportLocks.lockPlayers(em, List.of(playerId)); // as an import on another computer does, for the same player
        Duration reach = Duration.ofMillis(options.reachMillis());
        List<Object[]> events = UnpairedRows.events(em, playerId, from.minus(reach), to.plus(reach), null);
        List<Object[]> swings = UnpairedRows.swings(em, playerId, from.minus(reach), to.plus(reach), null);
        if (events.isEmpty() || swings.isEmpty()) {
            return 0;
        }
        List<Object[]> candidates = withTaken(events,
                UnpairedRows.eventsPairedInFile(em, playerId, from.minus(reach), to.plus(reach), null));
        MatchResult result = visits.match(millis(candidates), millis(swings), options);
        List<MatchedPair> pairs = onFreeEvents(result.pairs(), events.size());
        apply(pairs, events, swings);
        return pairs.size();
    }

    /**
     * The free events, then those their HitTrax export paired in file: these help find the offset and
     * hold a swing that falls on them, which then stays unpaired (most likely the very swing the file has).
     */
    private static List<Object[]> withTaken(List<Object[]> free, List<Object[]> taken) {
        if (taken.isEmpty()) {
            return free;
        }
        List<Object[]> all = new ArrayList<>(free);
        all.addAll(taken);
        return all;
    }

    private static List<MatchedPair> onFreeEvents(List<MatchedPair> pairs, int freeEvents) {
        return pairs.stream().filter(pair -> pair.eventIndex() < freeEvents).toList();
    }

    private void apply(List<MatchedPair> pairs, List<Object[]> events, List<Object[]> swings) {
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<MatchedPair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            List<String> ids = new ArrayList<>(chunk.size());
            chunk.forEach(p -> ids.add((String) swings.get(p.swingIndex())[0]));
            Map<String, SensorSwing> byId = new HashMap<>();
            ImportLookups.swings(em, ids).forEach(s -> byId.put(s.getId(), s));
            for (MatchedPair pair : chunk) {
                SensorSwing swing = byId.get((String) swings.get(pair.swingIndex())[0]);
                swing.pairWith(em.getReference(HitTraxEvent.class, events.get(pair.eventIndex())[0]), pair.deltaMillis(),
                        PairingMethod.TIME);
            }
            em.flush();
            em.clear();
        }
    }

    private static long[] millis(List<Object[]> rows) {
        long[] times = new long[rows.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = ((Instant) rows.get(i)[1]).toEpochMilli();
        }
        return times;
    }
}
