package org.swinglink.model;

/** What a {@link User} is to SwingLink: the analyst who runs imports, or a player whose swings are stored. */
public enum UserRole {
    ANALYST, PLAYER
}
