package org.swinglink.ui.internal.players;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.importer.PlayerMerge;
import org.swinglink.importer.PlayerRecord;

/** The three changes the Players dialog makes, each with its undo. */
final class PlayerChanges {
    private PlayerChanges() {
    }

    static PlayerChange rename(String name, String newName, PlayerEdits edits, IEventBroker events) {
        return new PlayerChange("Rename " + name + " to " + newName, edits, events) {
            private String oldName = name;

            @Override
            protected void apply() throws ImportException {
                oldName = edits.rename(oldName, newName).name();
            }

            @Override
            protected void revert() throws ImportException {
                edits.rename(newName, oldName);
            }
        };
    }

    static PlayerChange merge(String from, String into, MatchSettings matching, PlayerEdits edits, IEventBroker events) {
        return new PlayerChange("Merge " + from + " into " + into, edits, events) {
            private PlayerMerge merge;

            @Override
            protected void apply() throws ImportException {
                merge = edits.merge(merge == null ? from : merge.merged().name(), into, matching);
            }

            @Override
            protected void revert() throws ImportException {
                edits.undoMerge(merge);
            }
        };
    }

    static PlayerChange delete(String name, PlayerEdits edits, IEventBroker events) {
        return new PlayerChange("Delete " + name, edits, events) {
            private PlayerRecord deleted;

            @Override
            protected void apply() throws ImportException {
                deleted = edits.delete(deleted == null ? name : deleted.name());
            }

            @Override
            protected void revert() throws ImportException {
                edits.undoDelete(deleted);
            }
        };
    }
}
