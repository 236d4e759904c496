package org.swinglink.ui.internal.desk;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.swinglink.ui.internal.dialogs.PlayerChoiceDialog;

/** Asks which player the selected swings belong to: a known player, or a new name typed in. */
public final class AssignDialog extends PlayerChoiceDialog {
    public static final String TITLE = "Assign swings";
    public static final String PLAYER = "assign.player";

    /**
     * @param swings  the swings to be given, in words ({@link SwingsInWords}): the dialog names what changes
     * @param players the known players' names
     */
    public AssignDialog(Shell parent, String swings, List<String> players) {
        super(parent, new Question(TITLE, "Give " + swings + " to a player.\n"
                + "Choose one, or type the name of a new player. The swings are then paired with that player's"
                + " HitTrax events; Edit > Undo takes it back.", 420, "Player:", PLAYER, players, true, "Assign"));
    }

    /** The player's name as chosen or typed, trimmed; valid after OK. */
    public String playerName() {
        return chosenPlayer();
    }
}
