package org.swinglink.importer.internal;

import org.swinglink.store.ImportLookups;
import org.swinglink.model.PlayerNames;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.EntityManager;

/** Finds people by name the way devices spell them, creating those SwingLink does not know yet. */
final class Users {

    User findOrCreate(EntityManager em, UserRole role, String name) {
        return ImportLookups.user(em, role, PlayerNames.key(name))
                .orElseGet(() -> {
                    User user = new User(name, role);
                    em.persist(user);
                    return user;
                });
    }
}
