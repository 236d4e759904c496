package org.swinglink.ui.internal.dialogs;

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

/**
 * Asks which player a change goes to, under a message that names what will change before it does;
 * the button that makes the change is enabled once a player is given.
 */
public abstract class PlayerChoiceDialog extends Dialog {

    /**
     * What the dialog says and offers.
     *
     * @param title      the shell's title
     * @param message    what will change, in words
     * @param width      where the message wraps, in pixels
     * @param field      the label before the players
     * @param fieldId    the players field's {@link SwingLinkUi#WIDGET_ID}
     * @param players    the players' names to choose from
     * @param newPlayers whether a name no player has yet may be typed in (a new player)
     * @param okLabel    the label of the button that makes the change
     */
    protected record Question(String title, String message, int width, String field, String fieldId,
            List<String> players, boolean newPlayers, String okLabel) {
        public Question {
            players = List.copyOf(players);
        }
    }

    private final Question question;
    private Combo player;
    private String chosen;

    protected PlayerChoiceDialog(Shell parent, Question question) {
        super(parent);
        this.question = question;
        // a typed name starts empty; a pick from the list is none until made
        this.chosen = question.newPlayers() ? "" : null;
    }

    /** The player chosen (or typed, then trimmed); valid after OK. */
    protected final String chosenPlayer() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(question.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText(question.message());
        GridDataFactory.fillDefaults().span(2, 1).hint(question.width(), SWT.DEFAULT).applyTo(message);
        new Label(area, SWT.NONE).setText(question.field());
        player = new Combo(area, question.newPlayers() ? SWT.DROP_DOWN : SWT.READ_ONLY);
        player.setData(SwingLinkUi.WIDGET_ID, question.fieldId());
        question.players().forEach(player::add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(player);
        player.addListener(question.newPlayers() ? SWT.Modify : SWT.Selection, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, question.okLabel(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    @Override
    protected void okPressed() {
        chosen = question.newPlayers() ? player.getText().strip() : player.getText();
        super.okPressed();
    }

    private void updateOk() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(question.newPlayers() ? !player.getText().isBlank() : player.getSelectionIndex() >= 0);
        }
    }
}
