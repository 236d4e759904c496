package org.swinglink.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** A player's matched swings; for now only the prompt to choose one. */
public class PlayerPart {
    private Label prompt;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(parent);
        prompt = new Label(parent, SWT.CENTER);
        prompt.setText("Choose a player");
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.CENTER, SWT.CENTER).applyTo(prompt);
    }

    @Focus
    void focus() {
        prompt.getParent().setFocus();
    }
}
