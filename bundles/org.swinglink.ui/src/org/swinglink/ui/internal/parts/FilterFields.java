package org.swinglink.ui.internal.parts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.swinglink.ui.SwingLinkUi;

/**
 * The labelled choices and day fields of a filter row (the desk's and the Player view's), each
 * telling the row when it changed; days are typed as yyyy-MM-dd.
 */
public final class FilterFields {
    private final Composite bar;
    private final Runnable changed;

    public FilterFields(Composite bar, Runnable changed) {
        this.bar = bar;
        this.changed = changed;
    }

    /** "label [choices]", as wide as {@code widthInChars} average characters. */
    public Combo combo(String label, String id, int widthInChars) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(SwingLinkUi.WIDGET_ID, id);
        GridDataFactory.fillDefaults().hint(chars(combo, widthInChars), SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }

    /** "label [yyyy-MM-dd]". */
    public Text day(String label, String id) {
        new Label(bar, SWT.NONE).setText(label);
        Text field = new Text(bar, SWT.BORDER | SWT.SINGLE);
        field.setData(SwingLinkUi.WIDGET_ID, id);
        field.setMessage("yyyy-MM-dd");
        GridDataFactory.fillDefaults().hint(chars(field, 11), SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.Modify, e -> changed.run());
        return field;
    }

    /** The day typed; anything else (being typed, or wrong) filters nothing and is marked. */
    public static LocalDate dayIn(Text field) {
        String text = field.getText().strip();
        LocalDate day = null;
        if (!text.isEmpty()) {
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                day = null; // marked red below; the filter ignores it until it reads as a day
            }
        }
        boolean wrong = !text.isEmpty() && day == null;
        field.setForeground(wrong ? field.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        field.setToolTipText(wrong ? "Not a day: type it as yyyy-MM-dd" : "A day as yyyy-MM-dd; empty for no limit");
        return day;
    }

    /** Room for n average characters plus a combo's arrow. */
    private static int chars(Control control, int n) {
        GC gc = new GC(control);
        try {
            return (int) Math.ceil(n * gc.getFontMetrics().getAverageCharacterWidth()) + 24;
        } finally {
            gc.dispose();
        }
    }
}
