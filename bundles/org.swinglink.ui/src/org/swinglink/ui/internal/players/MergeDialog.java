package org.swinglink.ui.internal.players;

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
import org.swinglink.store.PlayerHoldings;
import org.swinglink.ui.SwingLinkUi;

/** Merge into...: which player gets everything the chosen one holds; says what will move before it moves. */
public final class MergeDialog extends Dialog {
    public static final String TITLE = "Merge player";
    public static final String INTO = "players.mergeInto";

    private final PlayerHoldings from;
    private final List<String> others;
    private Combo into;
    private String chosen;

    MergeDialog(Shell parent, PlayerHoldings from, List<PlayerHoldings> players) {
        super(parent);
        this.from = from;
        this.others = players.stream().filter(p -> !p.playerId().equals(from.playerId())).map(PlayerHoldings::name).toList();
    }

    /** The player chosen to merge into; valid after OK. */
    String into() {
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
        message.setText("Everything " + from.name() + " holds, " + from.describe() + ", goes to the player chosen here, whose"
                + " unpaired swings are then paired with their unpaired HitTrax events. " + from.name()
                + " is deleted. Edit > Undo takes the merge back.");
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(message);
        new Label(area, SWT.NONE).setText("Merge into:");
        into = new Combo(area, SWT.READ_ONLY);
        into.setData(SwingLinkUi.WIDGET_ID, INTO);
        others.forEach(into::add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(into);
        into.addListener(SWT.Selection, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Merge", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    @Override
    protected void okPressed() {
        chosen = into.getText();
        super.okPressed();
    }

    private void updateOk() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(into.getSelectionIndex() >= 0);
        }
    }
}
