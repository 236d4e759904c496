package org.swinglink.importer.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.swinglink.store.ImportLookups;
import org.swinglink.importer.ImportedBefore;
import org.swinglink.model.ImportSession;

import jakarta.persistence.EntityManager;

/** Which files (by SHA-256) completed imports already stored: a season's hundreds of files in a few queries. */
final class EarlierImports {
    private EarlierImports() {
    }

    /** SHA-256 to the id of a completed import that stored those bytes; modifiable. */
    static Map<String, String> of(EntityManager em, List<String> sha256s) {
        return ImportLookups.completedImportsOf(em, sha256s);
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
