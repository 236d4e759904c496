package org.swinglink.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.swinglink.store.ImportLookups;
import org.swinglink.importer.internal.Assignment;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.ImportFigures;
import org.swinglink.store.PlayerRecords;
import org.swinglink.store.Store;

import jakarta.persistence.EntityManager;

/**
 * An analyst's corrections, saved at once: pair a swing with an event by hand, unpair it, take
 * swings back from a player. Every change returns the states it replaced; {@link #restore} puts
 * them back (undo), and the states it replaces in turn (redo). An assignment that created its
 * player returns a {@link SwingSnapshot} naming that player, whose restore removes them again. Each
 * change recounts the figures of the imports whose swings or events it touched ({@link ImportFigures}),
 * in its transaction.
 */
public final class SwingEdits {
    private final Store store;

    public SwingEdits(Store store) {
        this.store = store;
    }

    /** The current state of the swings, for undoing a change that is about to be made. */
    public List<SwingState> states(Collection<String> swingIds) {
        return store.read(em -> statesIn(em, swingIds));
    }

    /**
     * Gives swings (by full id) to a player, created when unknown, and pairs them ({@link Importer#assign}).
     *
     * @return what it replaced: the swings' states, and the player when it created them, so that
     *         {@link #restore(SwingSnapshot)} takes that player away again
     */
    public SwingSnapshot assign(List<String> swingIds, String playerName, String analyst, MatchSettings matching)
            throws ImportException {
        List<SwingState> before = states(swingIds);
        Assignment.Outcome outcome = new Assignment(store).assignTelling(swingIds, playerName, analyst, matching);
        return new SwingSnapshot(before, List.of(),
                outcome.createdPlayerId() == null ? List.of() : List.of(outcome.createdPlayerId()));
    }

    /**
     * Pairs a swing with a HitTrax event; a swing without player goes to the event's batter. When the
     * event or the swing is in another pair, that pair ends if {@code replace} says the analyst agreed,
     * else nothing changes and the refusal names the pair.
     *
     * @return the states replaced
     */
    public List<SwingState> pair(String swingId, String eventId, String analyst, boolean replace) throws ImportException {
        try {
            return store.inTransaction(em -> {
                SensorSwing swing = require(em.find(SensorSwing.class, swingId), "no sensor swing has the id " + swingId);
                HitTraxEvent event = require(em.find(HitTraxEvent.class, eventId), "no HitTrax event has the id " + eventId);
                Set<String> affected = new LinkedHashSet<>(List.of(swingId));
                affected.addAll(ImportLookups.swingsPairedWith(em, eventId));
                if (!replace) {
                    refuseToEndPairs(swing, eventId, affected);
                }
                List<SwingState> before = statesIn(em, affected);
                for (String other : affected) {
                    em.find(SensorSwing.class, other).unpair();
                }
                em.flush(); // the event's old pair goes before the new one arrives (hittrax_event_id is unique)
                if (!swing.isAssigned() && event.getSession().getUser() != null) {
                    swing.assignTo(event.getSession().getUser(), analyst);
                }
                double delta = swing.getSensorTimestamp() == null ? 0
                        : event.getEventTimestamp().toEpochMilli() - swing.getSensorTimestamp().toEpochMilli();
                swing.pairWith(event, delta, PairingMethod.ANALYST);
                recount(em, before, List.of(eventId));
                return before;
            });
        } catch (Refused e) {
            throw new ImportException(e.getMessage());
        }
    }

    /** Unpairs swings; returns the states replaced. */
    public List<SwingState> unpair(Collection<String> swingIds) {
        return store.inTransaction(em -> {
            List<SwingState> before = statesIn(em, swingIds);
            swingIds.forEach(id -> em.find(SensorSwing.class, id).unpair());
            recount(em, before, List.of());
            return before;
        });
    }

    /** Takes swings back from their player (and out of their pairs); returns the states replaced. */
    public List<SwingState> unassign(Collection<String> swingIds) {
        return store.inTransaction(em -> {
            List<SwingState> before = statesIn(em, swingIds);
            for (String id : swingIds) {
                SensorSwing swing = em.find(SensorSwing.class, id);
                swing.unpair();
                swing.assignTo(null, null);
            }
            recount(em, before, List.of());
            return before;
        });
    }

    /** Puts swings back as they were; returns the states this replaced (so a restore can be undone too). */
    public List<SwingState> restore(List<SwingState> states) {
        return store.inTransaction(em -> {
            List<SwingState> before = statesIn(em, states.stream().map(SwingState::swingId).toList());
            restoreIn(em, states);
            recount(em, before, states.stream().map(SwingState::hittraxEventId).filter(Objects::nonNull).toList());
            return before;
        });
    }

    /**
     * Puts swings back as they were, with their players: players the snapshot keeps are put back
     * first (same id), players it says the change created are removed once they hold nothing.
     *
     * @return what this replaced, so that the restore can be undone too (redo)
     */
    public SwingSnapshot restore(SwingSnapshot snapshot) {
        return store.inTransaction(em -> {
            List<SwingState> before = statesIn(em, snapshot.swings().stream().map(SwingState::swingId).toList());
            List<String> recreated = new ArrayList<>();
            for (PlayerRecord player : snapshot.players()) {
                if (em.find(User.class, player.id()) == null) {
                    em.persist(User.restored(player.id(), player.name(), UserRole.PLAYER, player.createdAt()));
                    recreated.add(player.id());
                }
            }
            em.flush();
            restoreIn(em, snapshot.swings());
            em.flush();
            recount(em, before, snapshot.swings().stream().map(SwingState::hittraxEventId).filter(Objects::nonNull).toList());
            PlayerRecords rows = new PlayerRecords(em);
            List<PlayerRecord> removed = new ArrayList<>();
            for (String id : snapshot.createdPlayers()) {
                User player = em.find(User.class, id);
                if (player != null && rows.holdings(id).isEmpty()) {
                    removed.add(PlayerRecord.of(player));
                    rows.delete(id);
                }
            }
            return new SwingSnapshot(before, removed, recreated);
        });
    }

    /** Puts swings back as they were, inside the caller's transaction. */
    static void restoreIn(EntityManager em, List<SwingState> states) {
        for (SwingState state : states) {
            em.find(SensorSwing.class, state.swingId()).unpair();
        }
        em.flush(); // free every event first: a restored pair may take an event another swing holds now
        for (SwingState state : states) {
            SensorSwing swing = em.find(SensorSwing.class, state.swingId());
            swing.restoreAssignment(state.playerId() == null ? null : em.getReference(User.class, state.playerId()),
                    state.assigned(), state.assignedAt(), state.assignedBy());
            if (state.hittraxEventId() != null) {
                swing.pairWith(em.getReference(HitTraxEvent.class, state.hittraxEventId()), state.matchTimeDelta(),
                        state.pairingMethod());
            }
        }
    }

    /** Swings read per query: one round trip for many, well below the parameters a statement may carry. */
    private static final int STATES_PER_QUERY = 1_000;

    /** The states of the swings that exist, in the order of {@code swingIds}. */
    static List<SwingState> statesIn(EntityManager em, Collection<String> swingIds) {
        List<String> ids = List.copyOf(swingIds);
        Map<String, SwingState> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += STATES_PER_QUERY) {
            em.createQuery("SELECT s.id, u.id, s.assigned, s.assignedAt, s.assignedBy, e.id, s.matchTimeDelta, s.pairingMethod"
                    + " FROM SensorSwing s LEFT JOIN s.user u LEFT JOIN s.hittraxEvent e WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + STATES_PER_QUERY)))
                    .getResultList()
                    .forEach(row -> byId.put((String) row[0], new SwingState((String) row[0], (String) row[1],
                            (Boolean) row[2], (Instant) row[3], (String) row[4], (String) row[5], (Double) row[6],
                            (PairingMethod) row[7])));
        }
        List<SwingState> states = new ArrayList<>();
        ids.stream().map(byId::get).filter(Objects::nonNull).forEach(states::add);
        return states;
    }

    /** The swings' imports, and those of the events they were paired with before and are now. */
    private static void recount(EntityManager em, List<SwingState> before, List<String> eventsNow) {
        List<String> events = new ArrayList<>(eventsNow);
        before.stream().map(SwingState::hittraxEventId).filter(Objects::nonNull).forEach(events::add);
        ImportFigures.refresh(em, ImportFigures.importsOf(em, before.stream().map(SwingState::swingId).toList(), events));
    }

    private static void refuseToEndPairs(SensorSwing swing, String eventId, Set<String> pairedWithEvent) {
        for (String other : pairedWithEvent) {
            if (!other.equals(swing.getId())) {
                throw new Refused("the HitTrax event " + eventId + " is already paired with swing " + other
                        + "; unpair it first or agree to replace the pair");
            }
        }
        if (swing.getHittraxEvent() != null && !swing.getHittraxEvent().getId().equals(eventId)) {
            throw new Refused("swing " + swing.getId() + " is already paired with the HitTrax event "
                    + swing.getHittraxEvent().getId() + "; unpair it first or agree to replace the pair");
        }
    }

    private static <T> T require(T found, String message) {
        if (found == null) {
            throw new Refused(message);
        }
        return found;
    }

    /** Carries a refusal out of the transaction, which rolls back on it. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
