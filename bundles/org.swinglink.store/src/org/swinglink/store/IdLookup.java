package org.swinglink.store;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

/**
 * How a typed id names a row: its whole id ({@code 4711}), or for the UUIDs of rows an earlier
 * release wrote, an unambiguous prefix of at least {@value #MIN_PREFIX} characters, as listings
 * print them. A shorter prefix would name a number's neighbours: {@code 47} is an id of its own.
 * (Printed UUID prefixes may be all digits, so an 8-digit number that is no id is still tried as one.)
 */
final class IdLookup {
    static final int MIN_PREFIX = 8;

    private IdLookup() {
    }

    /** Whether {@code typed} can be an id at all; anything else would be a LIKE pattern. */
    static boolean looksLikeId(String typed) {
        return typed != null && typed.matches("[0-9a-fA-F-]+");
    }

    /** The row with this id, or up to {@code max} rows whose UUID starts with it. */
    static <T> List<T> find(EntityManager em, Class<T> entity, String typed, int max) {
        if (!looksLikeId(typed)) {
            return List.of();
        }
        String id = typed.toLowerCase(Locale.ROOT);
        T exact = em.find(entity, id);
        if (exact != null) {
            return List.of(exact);
        }
        if (id.length() < MIN_PREFIX) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM " + em.getMetamodel().entity(entity).getName() + " r WHERE r.id LIKE :prefix",
                entity).setParameter("prefix", id + "%").setMaxResults(max).getResultList();
    }
}
