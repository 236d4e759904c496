package org.swinglink.ui.internal.desk;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.ui.SwingLinkUi;

/** Asks which player the selected swings belong to: a known player, or a new name typed in. */
public final class AssignDialog extends Dialog {
    public static final String TITLE = "Assign swings";
    public static final String PLAYER = "assign.player";

    private final String swings;
    private final List<String> players;
    private Combo player;
    private String chosen = "";

    /**
     * @param swings  the swings to be given, in words ({@link SwingsInWords}): the dialog names what changes
     * @param players the known players' names
     */
    public AssignDialog(Shell parent, String swings, List<String> players) {
        super(parent);
        this.swings = swings;
        this.players = List.copyOf(players);
    }

    /** The player's name as chosen or typed, trimmed; valid after OK. */
    public String playerName() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText("Give " + swings + " to a player.\n"
                + "Choose one, or type the name of a new player. The swings are then paired with that player's"
                + " HitTrax events; Edit > Undo takes it back.");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(message);
        new Label(area, SWT.NONE).setText("Player:");
        player = new Combo(area, SWT.DROP_DOWN);
        player.setData(SwingLinkUi.WIDGET_ID, PLAYER);
        players.forEach(player::add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(player);
        player.addListener(SWT.Modify, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Assign", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    @Override
    protected void okPressed() {
        chosen = player.getText().strip();
        super.okPressed();
    }

    private void updateOk() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!player.getText().isBlank());
        }
    }
}
