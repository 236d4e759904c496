package org.swinglink.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.swinglink.ui.SwingLinkUi;

import jakarta.inject.Inject;

/**
 * A view of the database that follows it: after every import and every change to swings (an
 * analyst's edit, an undo, another program's change on a shared server) it hears of it on the UI thread.
 */
public abstract class FollowingDatabasePart extends DatabasePart {

    /** Called on the UI thread after the database changed; the view reads what it shows again. */
    protected abstract void databaseChanged();

    @Inject
    @Optional
    void importsChanged(@UIEventTopic(SwingLinkUi.TOPIC_IMPORTS_CHANGED) Object importSessionId) {
        databaseChanged();
    }

    @Inject
    @Optional
    void swingsChanged(@UIEventTopic(SwingLinkUi.TOPIC_SWINGS_CHANGED) Object change) {
        databaseChanged();
    }
}
