package org.swinglink.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.swinglink.model.User;
import org.swinglink.ui.SwingLinkUi;

/** "Player: [combo]" and a status line; keeps the chosen player when the list is reloaded. */
final class PlayerSelector {
    private final Combo combo;
    private final Label status;
    private final Consumer<User> chosen;
    private List<User> players = List.of();

    PlayerSelector(Composite parent, Consumer<User> chosen) {
        this.chosen = chosen;
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Player:");
        combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_COMBO);
        combo.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, event -> chosen.accept(selected()));
        status = new Label(row, SWT.NONE);
        status.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_STATUS);
        status.setText("Choose a player");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
    }

    /** Replaces the players; the one chosen before stays chosen (and is shown again) if still there. */
    void setPlayers(List<User> newPlayers) {
        User before = selected();
        players = List.copyOf(newPlayers);
        List<String> names = new ArrayList<>();
        int keep = -1;
        for (int i = 0; i < players.size(); i++) {
            names.add(players.get(i).getName());
            if (before != null && Objects.equals(before.getId(), players.get(i).getId())) {
                keep = i;
            }
        }
        combo.setItems(names.toArray(String[]::new));
        if (keep >= 0) {
            combo.select(keep);
        }
        if (players.isEmpty()) {
            setStatus("No players yet: import a HitTrax or bat sensor file.");
        } else if (keep < 0) {
            setStatus("Choose a player");
        }
        chosen.accept(selected());
    }

    /** Chooses a player by name, as the user would in the list. */
    void choose(String name) {
        int index = combo.indexOf(name);
        if (index >= 0) {
            combo.select(index);
            chosen.accept(selected());
        }
    }

    User selected() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= players.size() ? null : players.get(index);
    }

    void setStatus(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    void setFocus() {
        combo.setFocus();
    }
}
