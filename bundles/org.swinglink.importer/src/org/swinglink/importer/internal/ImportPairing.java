package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.swinglink.matching.MatchOptions;
import org.swinglink.matching.MatchResult;
import org.swinglink.matching.MatchedPair;
import org.swinglink.matching.VisitMatcher;
import org.swinglink.model.ClockCourse;
import org.swinglink.store.EarlierPairs;
import org.swinglink.store.ImportFigures;
import org.swinglink.store.UnpairedRows;

import jakarta.persistence.EntityManager;

/**
 * Pairs each player's swings with their events once an import has read its files, from the times the
 * import kept in memory, so no row it wrote is read back: its own swings are still held
 * ({@link PendingSwings}) and get their pair before they are written; only earlier imports' swings
 * are updated. Still unpaired events and swings that earlier
 * imports stored around the same times take part (a Blast file imported a day after its HitTrax
 * session still finds its balls); they are only looked up when the database held any rows before
 * this import. Pairs made earlier (by an import or by hand) are never touched.
 */
final class ImportPairing {
    /**
     * What pairing one player gave: the offset its largest visit used, this import's swings and events
     * paired, and how many swings fell on balls their HitTrax export had already paired in file.
     */
    record Outcome(Long offsetMillis, boolean offsetEstimated, Double support, ClockCourse clockCourse,
            int importSwingsPaired, int importEventsPaired, int swingsOnBallsPairedInFile) {
        static final Outcome NOTHING_TO_PAIR = new Outcome(null, false, null, null, 0, 0, 0);
    }

    private final EntityManager em;
    private final String importId;
    private final MatchOptions options;
    private final boolean earlierRows;
    private final PendingSwings pending;
    private final VisitMatcher matcher = new VisitMatcher();
    /** Rows earlier imports stored that this pairing paired: their imports count differently now. */
    private final List<String> earlierSwingsPaired = new ArrayList<>();
    private final List<String> earlierEventsPaired = new ArrayList<>();

    /** @param earlierRows whether events or swings were stored before this import began */
    ImportPairing(EntityManager em, String importId, MatchOptions options, boolean earlierRows, PendingSwings pending) {
        this.em = em;
        this.importId = importId;
        this.options = options;
        this.earlierRows = earlierRows;
        this.pending = pending;
    }

    /**
     * @param importTaken this import's events that their own file paired with a swing: they take part
     *                    in finding the offset and the one-to-one pairs, but a swing that falls on one
     *                    stays unpaired (it is most likely that very swing, from the sensor's own export)
     */
    Outcome pair(String playerId, TimedIds importEvents, TimedIds importSwings, TimedIds importTaken) {
        TimedIds events = importEvents;
        TimedIds swings = importSwings;
        TimedIds taken = importTaken;
        if (earlierRows) {
            long[] span = span(importEvents, importSwings, importTaken);
            if (span == null) {
                return Outcome.NOTHING_TO_PAIR;
            }
            Instant start = Instant.ofEpochMilli(span[0]);
            Instant end = Instant.ofEpochMilli(span[1]);
            events = withEarlier(importEvents, UnpairedRows.events(em, playerId, start, end, importId));
            swings = withEarlier(importSwings, UnpairedRows.swings(em, playerId, start, end, importId));
            taken = withEarlier(importTaken, UnpairedRows.eventsPairedInFile(em, playerId, start, end, importId));
        }
        if (swings.size() == 0 || events.size() + taken.size() == 0) {
            return Outcome.NOTHING_TO_PAIR;
        }
        TimedIds candidates = events;
        if (taken.size() > 0) {
            candidates = new TimedIds();
            candidates.addAll(events);
            candidates.addAll(taken);
        }
        MatchResult result = matcher.match(candidates.times(), swings.times(), options);
        int free = events.size();
        List<MatchedPair> pairs = result.pairs().stream().filter(pair -> pair.eventIndex() < free).toList();
        List<MatchedPair> earlierSwings = new ArrayList<>();
        int importSwingsPaired = 0;
        int importEventsPaired = 0;
        for (MatchedPair pair : pairs) {
            if (pair.swingIndex() < importSwings.size()) {
                pending.pair(playerId, pair.swingIndex(), events.id(pair.eventIndex()), pair.deltaMillis());
                importSwingsPaired++;
            } else {
                earlierSwings.add(pair);
                earlierSwingsPaired.add(swings.id(pair.swingIndex()));
            }
            if (pair.eventIndex() < importEvents.size()) {
                importEventsPaired++;
            } else {
                earlierEventsPaired.add(events.id(pair.eventIndex()));
            }
        }
        write(earlierSwings, events, swings);
        ClockCourses.Recorded clock = ClockCourses.of(result);
        return new Outcome(clock.offsetMillis(), result.offsetEstimated(), result.offsetSupport(), clock.course(),
                importSwingsPaired, importEventsPaired, result.pairs().size() - pairs.size());
    }

    /** Recounts the earlier imports whose rows this import paired with its own. */
    void recountEarlierImports() {
        if (!earlierSwingsPaired.isEmpty() || !earlierEventsPaired.isEmpty()) {
            ImportFigures.refresh(em, ImportFigures.importsOf(em, earlierSwingsPaired, earlierEventsPaired));
        }
    }

    /** Pairs earlier imports' swings, which are stored already. */
    private void write(List<MatchedPair> pairs, TimedIds events, TimedIds swings) {
        EarlierPairs.write(em, pairs.stream().map(pair -> new EarlierPairs.Pair(swings.id(pair.swingIndex()),
                events.id(pair.eventIndex()), pair.deltaMillis())).toList());
    }

    /** [from, to] in epoch milliseconds around this import's rows, widened by how far an offset may reach. */
    private long[] span(TimedIds... all) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (TimedIds rows : all) {
            for (int i = 0; i < rows.size(); i++) {
                first = Math.min(first, rows.millis(i));
                last = Math.max(last, rows.millis(i));
            }
        }
        if (first > last) {
            return null;
        }
        return new long[] { first - options.reachMillis(), last + options.reachMillis() };
    }

    /** This import's rows first (their positions stay those of {@code imported}), then the earlier ones. */
    private static TimedIds withEarlier(TimedIds imported, List<Object[]> earlier) {
        if (earlier.isEmpty()) {
            return imported;
        }
        TimedIds all = new TimedIds();
        all.addAll(imported);
        for (Object[] row : earlier) {
            all.add(((Instant) row[1]).toEpochMilli(), (String) row[0]);
        }
        return all;
    }
}
