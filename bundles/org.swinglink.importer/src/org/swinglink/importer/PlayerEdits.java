package org.swinglink.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.swinglink.importer.internal.Pairing;
import org.swinglink.model.ClockCourse;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PlayerNames;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.ImportLocks;
import org.swinglink.store.ImportFigures;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.store.PlayerRecords;
import org.swinglink.store.Store;

import jakarta.persistence.EntityManager;

/**
 * An analyst's changes to players, each one transaction: rename, merge two spellings of one person
 * (everything moves, then the swings are re-paired) and delete a player who holds nothing. Players
 * are named as the importer matches names ({@link PlayerNames#key}: case, accents, punctuation and
 * "Last, First" do not matter). Every change returns what its undo needs.
 */
public final class PlayerEdits {
    private final Store store;

    public PlayerEdits(Store store) {
        this.store = store;
    }

    /**
     * Gives a player another name. A name another player has already is refused: two spellings of
     * one person are merged instead.
     *
     * @return the player as they were, whose name a rename back restores
     */
    public PlayerRecord rename(String name, String newName) throws ImportException {
        return refusing(() -> store.inTransaction(em -> {
            PlayerRecords rows = new PlayerRecords(em);
            User player = find(rows, name);
            if (PlayerNames.key(newName).isEmpty()) {
                throw new Refused("'" + newName + "' is not a player name");
            }
            rows.named(newName).filter(other -> !other.getId().equals(player.getId())).ifPresent(other -> {
                throw new Refused("Another player is already called " + other.getName() + "; to make them one player, merge "
                        + player.getName() + " into " + other.getName() + " (use merge)");
            });
            PlayerRecord before = PlayerRecord.of(player);
            player.rename(newName);
            return before;
        }));
    }

    /**
     * Merges player {@code fromName} into {@code intoName}: their HitTrax sessions (with the events),
     * sensor swings (with their pairs) and import records become the other player's (an import that
     * named both keeps one record with both counts), the merged player is deleted, and the other
     * player's unpaired swings are paired with their unpaired events around the merged rows' times,
     * visit by visit, as an import pairs; the import records' matched swings are counted again.
     */
    public PlayerMerge merge(String fromName, String intoName, MatchSettings matching) throws ImportException {
        return refusing(() -> store.inTransaction(em -> {
            PlayerRecords rows = new PlayerRecords(em);
            User from = find(rows, fromName);
            User into = find(rows, intoName);
            if (from.getId().equals(into.getId())) {
                throw new Refused("'" + fromName + "' and '" + intoName + "' are the same player, " + from.getName());
            }
            String fromId = from.getId();
            String intoId = into.getId();
            // before any write, as an import pairing either of them takes them: neither can then wait for the other
            ImportLocks.lockPlayers(em, List.of(fromId, intoId));
            PlayerRecord merged = PlayerRecord.of(from);
            PlayerRecord target = PlayerRecord.of(into);
            PlayerHoldings held = rows.holdings(fromId);
            List<String> sessions = rows.hittraxSessionIds(fromId);
            List<ImportPlayer> fromRecords = rows.importRecords(fromId);
            List<ImportPlayer> intoRecords = rows.importRecords(intoId);
            List<ImportRecordState> records = new ArrayList<>();
            fromRecords.forEach(r -> records.add(ImportRecordState.of(r)));
            intoRecords.forEach(r -> records.add(ImportRecordState.of(r)));
            List<SensorSwing> touched = new ArrayList<>(rows.swings(fromId, false));
            touched.addAll(rows.swings(intoId, true)); // re-pairing may pair any of these
            List<SwingState> states = SwingEdits.statesIn(em, touched.stream().map(SensorSwing::getId).toList());
            Set<String> imports = ImportFigures.importsOfPlayers(em, List.of(fromId, intoId));
            foldRecords(em, fromRecords, intoRecords, into);
            rows.moveSessionsAndSwings(fromId, intoId);
            rows.delete(fromId);
            int newPairs = held.firstActivity() == null ? 0
                    : new Pairing(em, matching.toOptions()).pairVisits(intoId, held.firstActivity(), held.lastActivity());
            for (ImportPlayer record : rows.importRecords(intoId)) { // the re-pairing may pair swings of any of them
                record.recountMatched(rows.pairedSwings(intoId, record.getImportSession().getId()));
            }
            ImportFigures.refresh(em, imports); // the imports' own totals: players and pairs changed
            return new PlayerMerge(merged, target, sessions, records, states, held.hittraxEvents(), held.sensorSwings(),
                    newPairs);
        }));
    }

    /**
     * Gives the merged player's import records to the other player; an import that named both keeps
     * one record, with both counts.
     */
    private static void foldRecords(EntityManager em, List<ImportPlayer> fromRecords, List<ImportPlayer> intoRecords,
            User into) {
        Map<String, ImportPlayer> intoByImport = new HashMap<>();
        intoRecords.forEach(r -> intoByImport.put(r.getImportSession().getId(), r));
        for (ImportPlayer record : fromRecords) {
            ImportPlayer kept = intoByImport.get(record.getImportSession().getId());
            if (kept == null) {
                record.giveTo(into);
            } else {
                kept.absorb(record);
                em.remove(record);
            }
        }
        em.flush();
    }

    /** Takes a merge back: the merged player returns with their id, rows and pairs, and the swings re-paired are as they were. */
    public void undoMerge(PlayerMerge merge) throws ImportException {
        refusing(() -> store.inTransaction(em -> {
            PlayerRecords rows = new PlayerRecords(em);
            bringBack(em, rows, merge.merged());
            rows.moveHitTraxSessions(merge.hittraxSessionIds(), merge.merged().id());
            restoreRecords(em, merge.importRecords());
            SwingEdits.restoreIn(em, merge.swings());
            ImportFigures.refresh(em, ImportFigures.importsOfPlayers(em, List.of(merge.merged().id(), merge.into().id())));
            return null;
        }));
    }

    /**
     * Deletes a player who holds nothing: no HitTrax session, no sensor swing, no import names them.
     *
     * @return the player as they were, for {@link #undoDelete}
     */
    public PlayerRecord delete(String name) throws ImportException {
        return refusing(() -> store.inTransaction(em -> {
            PlayerRecords rows = new PlayerRecords(em);
            User player = find(rows, name);
            PlayerHoldings held = rows.holdings(player.getId());
            if (!held.isEmpty()) {
                throw new Refused(player.getName() + " still holds " + held.describe()
                        + "; only a player who holds nothing can be deleted (merge them into another player instead)");
            }
            PlayerRecord before = PlayerRecord.of(player);
            rows.delete(player.getId());
            return before;
        }));
    }

    /** Puts a deleted player back with their id and name. */
    public void undoDelete(PlayerRecord player) throws ImportException {
        refusing(() -> store.inTransaction(em -> {
            bringBack(em, new PlayerRecords(em), player);
            return null;
        }));
    }

    /** Puts import records back as they were: the changed ones are replaced, the folded ones come back. */
    private static void restoreRecords(EntityManager em, List<ImportRecordState> records) {
        for (ImportRecordState state : records) {
            ImportPlayer now = em.find(ImportPlayer.class, state.id());
            if (now != null) {
                em.remove(now);
            }
        }
        em.flush();
        for (ImportRecordState s : records) {
            em.persist(ImportPlayer.restored(s.id(), em.getReference(ImportSession.class, s.importId()),
                    em.getReference(User.class, s.playerId()), s.hittraxEvents(), s.sensorSwings(), s.matchedSwings(),
                    s.clockOffsetMillis(), s.offsetEstimated(), s.offsetSupport(), s.toleranceMillis(),
                    ClockCourse.copyOf(s.clockCourse())));
        }
        em.flush();
    }

    private static void bringBack(EntityManager em, PlayerRecords rows, PlayerRecord player) {
        if (em.find(User.class, player.id()) != null) {
            throw new Refused(player.name() + " is there already");
        }
        rows.named(player.name()).ifPresent(other -> {
            throw new Refused("Cannot bring back " + player.name() + ": another player is called " + other.getName() + " now");
        });
        em.persist(User.restored(player.id(), player.name(), UserRole.PLAYER, player.createdAt()));
        em.flush();
    }

    private static User find(PlayerRecords rows, String name) {
        if (PlayerNames.key(name).isEmpty()) {
            throw new Refused("'" + name + "' is not a player name");
        }
        return rows.named(name).orElseThrow(() -> new Refused("No player is called '" + name + "'"));
    }

    private static <T> T refusing(java.util.function.Supplier<T> work) throws ImportException {
        try {
            return work.get();
        } catch (Refused e) {
            throw new ImportException(e.getMessage());
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on it. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
