package org.swinglink.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.model.PairingMethod;

import jakarta.persistence.EntityManager;

/**
 * Where an import's pairs came from, per player: the sensor whose swings were paired and how (by
 * the tracker's own file, by time, by an analyst). Counted from the rows, so it holds after edits.
 */
public final class PairOrigins {
    /** The key of swings nobody has been given yet (a file that names no player). */
    public static final String NOBODY = "";

    private PairOrigins() {
    }

    /** Per player id ({@link #NOBODY} for unassigned swings): the import's paired swings by sensor and method, most first. */
    public static Map<String, List<PairOrigin>> of(EntityManager em, String importId) {
        if (em.getTransaction().isActive()) {
            em.flush(); // within an import or an edit: count its own changes too
        }
        List<Object[]> rows = em.createQuery("""
                SELECT u.id, s.assigned, s.sensorType, s.pairingMethod, COUNT(s) FROM SensorSwing s LEFT JOIN s.user u
                WHERE s.importSession.id = :id AND s.hittraxEvent IS NOT NULL
                GROUP BY u.id, s.assigned, s.sensorType, s.pairingMethod""", Object[].class)
                .setParameter("id", importId).getResultList();
        Map<String, Map<String, PairOrigin>> byPlayer = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String player = Boolean.TRUE.equals(row[1]) && row[0] != null ? (String) row[0] : NOBODY;
            PairingMethod method = row[3] == null ? PairingMethod.TIME : (PairingMethod) row[3];
            int pairs = ((Number) row[4]).intValue();
            byPlayer.computeIfAbsent(player, key -> new LinkedHashMap<>()).merge((String) row[2] + "/" + method,
                    new PairOrigin((String) row[2], method, pairs),
                    (a, b) -> new PairOrigin(a.sensorType(), a.method(), a.pairs() + b.pairs()));
        }
        Map<String, List<PairOrigin>> origins = new LinkedHashMap<>();
        byPlayer.forEach((player, found) -> {
            List<PairOrigin> sorted = new ArrayList<>(found.values());
            sorted.sort(Comparator.comparingInt(PairOrigin::pairs).reversed().thenComparing(PairOrigin::sensorType));
            origins.put(player, List.copyOf(sorted));
        });
        return origins;
    }
}
