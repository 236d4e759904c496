package org.swinglink.importer.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.swinglink.importer.ImportedBefore;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatus;

import jakarta.persistence.EntityManager;

/** Which files (by SHA-256) completed imports already stored: a season's hundreds of files in a few queries. */
final class EarlierImports {
    private static final int CHUNK = 500;

    private EarlierImports() {
    }

    /** SHA-256 to the id of a completed import that stored those bytes; modifiable. */
    static Map<String, String> of(EntityManager em, List<String> sha256s) {
        Map<String, String> importOf = new HashMap<>();
        List<String> distinct = sha256s.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Object[]> rows = em.createQuery("""
                    SELECT f.sha256, f.importSession.id FROM ImportedFile f
                    WHERE f.sha256 IN :hashes AND f.importSession.status = :completed""", Object[].class)
                    .setParameter("hashes", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
                    .setParameter("completed", ImportStatus.COMPLETED).getResultList();
            rows.forEach(row -> importOf.putIfAbsent((String) row[0], (String) row[1]));
        }
        return importOf;
    }

    /** SHA-256 to the completed import that stored those bytes, for files the user is about to import. */
    static Map<String, ImportedBefore> described(EntityManager em, List<String> sha256s) {
        Map<String, String> importOf = of(em, sha256s);
        Map<String, ImportedBefore> byId = new HashMap<>();
        for (String id : new HashSet<>(importOf.values())) {
            ImportSession session = em.find(ImportSession.class, id);
            byId.put(id, new ImportedBefore(id, session.getCreatedAt(), session.getFileNames()));
        }
        Map<String, ImportedBefore> described = new HashMap<>();
        importOf.forEach((sha256, id) -> described.put(sha256, byId.get(id)));
        return described;
    }
}
