package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.swinglink.store.ImportLocks;
import org.swinglink.store.ImportLookups;
import org.swinglink.importer.AssignmentReport;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.MatchSettings;
import org.swinglink.matching.MatchOptions;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.store.ImportFigures;
import org.swinglink.store.Store;

import jakarta.persistence.EntityManager;

/**
 * Gives sensor swings to a player, then pairs them with that player's unpaired HitTrax events.
 * Swings are named by id, or those of an earlier release by an unambiguous prefix of their UUID.
 */
public final class Assignment {
    /** Below this many swings an assignment pairs with the player's known offset rather than estimating one. */
    static final int FEW_SWINGS = 5;

    private final Store store;

    public Assignment(Store store) {
        this.store = store;
    }

    /** An assignment's report, and the player it created (null when the player was known). */
    public record Outcome(AssignmentReport report, String createdPlayerId) {
    }

    public AssignmentReport assign(List<String> swingIds, String playerName, String analyst, MatchSettings matching)
            throws ImportException {
        return assignTelling(swingIds, playerName, analyst, matching).report();
    }

    /** {@link #assign}, telling also whether it created the player (an undo removes that player again). */
    public Outcome assignTelling(List<String> swingIds, String playerName, String analyst, MatchSettings matching)
            throws ImportException {
        try {
            return store.inTransaction(em -> {
                PlayerDirectory players = new PlayerDirectory(em);
                String playerId = players.resolve(playerName);
                // an import pairing this player, or the swings' owners, on another computer commits first; the
                // swings are read after it, with the pairs it made, and no pair is made twice
                List<String> locked = new ArrayList<>(ImportLookups.ownersOfSwings(em, swingIds));
                locked.add(playerId);
                ImportLocks.lockPlayers(em, locked);
                List<SensorSwing> swings = find(em, swingIds);
                Instant first = null;
                Instant last = null;
                List<String> ids = new ArrayList<>();
                List<String> events = new ArrayList<>();
                for (SensorSwing swing : swings) {
                    if (!keepsPairInFile(swing, playerId)) {
                        if (swing.getHittraxEvent() != null) {
                            events.add(swing.getHittraxEvent().getId());
                        }
                        swing.unpair(); // a pair with someone else's event no longer holds
                    }
                    swing.assignTo(em.getReference(org.swinglink.model.User.class, playerId), analyst);
                    ids.add(swing.getId());
                    if (swing.getSensorTimestamp() != null) {
                        first = first == null || swing.getSensorTimestamp().isBefore(first) ? swing.getSensorTimestamp() : first;
                        last = last == null || swing.getSensorTimestamp().isAfter(last) ? swing.getSensorTimestamp() : last;
                    }
                }
                em.flush();
                em.clear();
                MatchOptions options = options(em, playerId, matching, ids.size());
                Pairing.Outcome pairing = first == null ? Pairing.Outcome.NOTHING_TO_PAIR
                        : new Pairing(em, options).pair(playerId, first, last);
                recount(em, ids, events, pairing, playerId, options);
                int paired = ImportLookups.pairedAmong(em, ids);
                return new Outcome(new AssignmentReport(players.nameOf(playerId), ids, paired),
                        players.created(playerId) ? playerId : null);
            });
        } catch (FailedImport e) {
            throw (ImportException) e.getCause();
        }
    }

    /**
     * A pair the tracker's own file made holds whatever player the swing goes to, unless its ball is
     * another batter's: then the analyst says the row was wrong.
     */
    private static boolean keepsPairInFile(SensorSwing swing, String playerId) {
        if (swing.getPairingMethod() != PairingMethod.IN_FILE) {
            return false;
        }
        User batter = swing.getHittraxEvent().getSession().getUser();
        return batter == null || batter.getId().equals(playerId);
    }

    /**
     * The imports of the swings given away, of the events they left and of every row the pairing
     * touched count differently now; the offset that paired the swings goes on the player's rows of
     * the imports the swings came from.
     */
    private static void recount(EntityManager em, List<String> swings, List<String> formerEvents, Pairing.Outcome pairing,
            String playerId, MatchOptions options) {
        List<String> touchedSwings = new ArrayList<>(swings);
        touchedSwings.addAll(pairing.pairedSwings());
        List<String> touchedEvents = new ArrayList<>(formerEvents);
        touchedEvents.addAll(pairing.pairedEvents());
        ImportFigures.refresh(em, ImportFigures.importsOf(em, touchedSwings, touchedEvents));
        ImportFigures.recordClockOffset(em, ImportFigures.importsOf(em, swings, List.of()), playerId, pairing.offsetMillis(),
                pairing.offsetEstimated(), pairing.support(), pairing.clockCourse(), options.toleranceMillis());
    }

    /**
     * A handful of swings cannot fix a clock offset on their own (see the matching bundle's README);
     * the offset found for the player by their latest paired import can, unless the analyst gave one.
     */
    private static MatchOptions options(EntityManager em, String playerId, MatchSettings matching, int swings) {
        MatchOptions options = matching.toOptions();
        if (matching.fixedOffsetMillis() != null || swings >= FEW_SWINGS) {
            return options;
        }
        return ImportLookups.latestClockOffset(em, playerId).map(options::withFixedOffset).orElse(options);
    }

    private static List<SensorSwing> find(EntityManager em, List<String> swingIds) {
        List<SensorSwing> swings = new ArrayList<>();
        for (String id : swingIds) {
            if (!id.matches("[0-9a-fA-F-]+")) {
                throw fail("'" + id + "' is not a swing id; ids are printed by 'swinglink unassigned'");
            }
            List<SensorSwing> found = ImportLookups.swingsById(em, id, 2);
            if (found.isEmpty()) {
                throw fail("no sensor swing has the id " + id);
            }
            if (found.size() > 1) {
                throw fail("'" + id + "' names more than one swing; give more of the id");
            }
            if (!swings.contains(found.get(0))) {
                swings.add(found.get(0));
            }
        }
        return swings;
    }

    private static FailedImport fail(String message) {
        return new FailedImport(new ImportException(message));
    }
}
