package org.swinglink.importer.internal;

import org.swinglink.model.PlayerNames;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.ImportLocks;
import org.swinglink.store.ImportLookups;

import jakarta.persistence.EntityManager;

/** Finds people by name the way devices spell them, creating those SwingLink does not know yet. */
final class Users {

    /** An analyst (on a server: one per name, though two computers start importing for a new one at once). */
    User findOrCreate(EntityManager em, UserRole role, String name) {
        String key = PlayerNames.key(name);
        return ImportLookups.user(em, role, key)
                .or(() -> {
                    if (!ImportLocks.shared(em)) {
                        return java.util.Optional.empty();
                    }
                    ImportLocks.lockAnalystName(em, key); // the other computer's commits first: then look again
                    return ImportLookups.user(em, role, key);
                })
                .orElseGet(() -> {
                    User user = new User(name, role);
                    em.persist(user);
                    return user;
                });
    }
}
