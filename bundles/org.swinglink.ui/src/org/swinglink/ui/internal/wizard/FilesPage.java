package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.swinglink.model.User;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;

/** Per player or bulk, and which files, folders and ZIP archives to import. */
final class FilesPage extends WizardPage {
    private final ImportChoice choice;
    private final Store store;
    private List pathList;
    private Combo player;

    FilesPage(ImportChoice choice, Store store) {
        super("files", "Files", null);
        this.choice = choice;
        this.store = store;
        setDescription("Choose the HitTrax and sensor exports to import.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

        Button bulk = radio(page, "&Bulk: players are recognised from the files (files, folders, ZIP archives)",
                WizardIds.BULK, true);
        Button perPlayer = radio(page, "&Per player: every file belongs to one player", WizardIds.PER_PLAYER, false);

        new Label(page, SWT.NONE).setText("P&layer:");
        player = new Combo(page, SWT.DROP_DOWN);
        player.setData(SwingLinkUi.WIDGET_ID, WizardIds.PLAYER);
        player.setItems(store.queries().players().stream().map(User::getName).toArray(String[]::new));
        player.setToolTipText("An existing player, or type a new name to create one");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(player);
        player.addModifyListener(e -> {
            choice.playerName(player.getText());
            validate();
        });

        Label label = new Label(page, SWT.NONE);
        label.setText("Files, folders and ZIP archives:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        pathList = new List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        pathList.setData(SwingLinkUi.WIDGET_ID, WizardIds.PATHS);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pathList);
        createButtons(page);

        bulk.addListener(SWT.Selection, e -> typeChanged(bulk.getSelection()));
        perPlayer.addListener(SWT.Selection, e -> typeChanged(bulk.getSelection()));
        bulk.setSelection(choice.bulk());
        perPlayer.setSelection(!choice.bulk());
        typeChanged(choice.bulk());
        refreshPaths();
        setControl(page);
    }

    private static Button radio(Composite page, String text, String id, boolean selected) {
        Button radio = new Button(page, SWT.RADIO);
        radio.setText(text);
        radio.setData(SwingLinkUi.WIDGET_ID, id);
        radio.setSelection(selected);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(radio);
        return radio;
    }

    private void createButtons(Composite page) {
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "Add &Files...", () -> addFiles("*.csv", "CSV exports"));
        button(buttons, "Add F&older...", this::addFolder);
        button(buttons, "Add &ZIP...", () -> addFiles("*.zip", "ZIP archives"));
        button(buttons, "&Remove", this::removeSelected);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private void addFiles(String extension, String name) {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] { extension, "*.*" });
        dialog.setFilterNames(new String[] { name, "All files" });
        if (dialog.open() != null) {
            Arrays.stream(dialog.getFileNames()).forEach(file -> choice.add(Path.of(dialog.getFilterPath(), file)));
            refreshPaths();
        }
    }

    private void addFolder() {
        String folder = new DirectoryDialog(getShell()).open();
        if (folder != null) {
            choice.add(Path.of(folder));
            refreshPaths();
        }
    }

    private void removeSelected() {
        for (String selected : pathList.getSelection()) {
            choice.remove(Path.of(selected));
        }
        refreshPaths();
    }

    private void typeChanged(boolean bulk) {
        choice.bulk(bulk);
        player.setEnabled(!bulk);
        validate();
    }

    private void refreshPaths() {
        pathList.setItems(choice.paths().stream().map(Path::toString).toArray(String[]::new));
        validate();
    }

    private void validate() {
        String problem = null;
        if (choice.paths().isEmpty()) {
            problem = "Add the files, folders or ZIP archives to import.";
        } else if (!choice.bulk() && choice.playerName().isEmpty()) {
            problem = "Choose the player these files belong to, or type a new name.";
        }
        setMessage(problem, INFORMATION);
        setPageComplete(problem == null);
    }
}
