package org.swinglink.ui.internal.players;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.ui.internal.dialogs.PlayerChoiceDialog;

/** Merge into...: which player gets everything the chosen one holds; says what will move before it moves. */
public final class MergeDialog extends PlayerChoiceDialog {
    public static final String TITLE = "Merge player";
    public static final String INTO = "players.mergeInto";

    MergeDialog(Shell parent, PlayerHoldings from, List<PlayerHoldings> players) {
        super(parent, new Question(TITLE, "Everything " + from.name() + " holds, " + from.describe()
                + ", goes to the player chosen here, whose unpaired swings are then paired with their unpaired"
                + " HitTrax events. " + from.name() + " is deleted. Edit > Undo takes the merge back.", 460,
                "Merge into:", INTO, others(from, players), false, "Merge"));
    }

    private static List<String> others(PlayerHoldings from, List<PlayerHoldings> players) {
        return players.stream().filter(p -> !p.playerId().equals(from.playerId())).map(PlayerHoldings::name).toList();
    }

    /** The player chosen to merge into; valid after OK. */
    String into() {
        return chosenPlayer();
    }
}
