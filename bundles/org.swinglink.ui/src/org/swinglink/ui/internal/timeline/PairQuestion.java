package org.swinglink.ui.internal.timeline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.ui.internal.parts.Cells;

/**
 * Asks before a pair is made that would take the event or the swing out of the pair it is in, naming
 * the pairs that would end: a replaced pair is data the analyst did not pick.
 *
 * @param eventLabel the event in words, as the question names it
 */
public record PairQuestion(SwingMark swing, EventMark event, String eventLabel) {
    public static final String TITLE = "Replace a pair";

    /** Whether pairing would end a pair the event or the swing is in now. */
    public boolean replacesAPair() {
        return !ending().isEmpty();
    }

    /** Asks on the UI thread; true when the analyst chose Replace. */
    public boolean ask(Shell shell) {
        String message = "Pair swing " + Cells.shortId(swing.id()) + " with the " + eventLabel + "?\n\n"
                + String.join("\n", ending()) + "\n\nYou can undo this with Edit > Undo.";
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION, 1, "Replace", "Cancel");
        return dialog.open() == 0;
    }

    private List<String> ending() {
        List<String> ending = new ArrayList<>();
        if (event.pairedSwingId() != null && !event.pairedSwingId().equals(swing.id())) {
            ending.add("The event is paired with swing " + Cells.shortId(event.pairedSwingId()) + ", which will be unpaired.");
        }
        if (swing.pairedEventId() != null && !swing.pairedEventId().equals(event.id())) {
            ending.add("Swing " + Cells.shortId(swing.id()) + " is paired with another event, which will be unpaired.");
        }
        return ending;
    }
}
