package org.swinglink.ui.internal.wizard;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.swinglink.ui.SwingLinkUi;

/**
 * The time zone each source's local timestamps are read in: a sensor app may be set to another zone
 * than the HitTrax PC. One row per source the preview found, an editable zone list in each.
 */
final class ZonePerSourceTable {
    private static final String[] ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new);

    private final Composite rows;
    private final BiConsumer<String, ZoneId> zoneChosen;
    private final Runnable invalid;

    /**
     * @param zoneChosen told the source id and its zone whenever a valid zone is chosen or typed
     * @param invalid    told when a typed zone is not one Java knows
     */
    ZonePerSourceTable(Composite parent, BiConsumer<String, ZoneId> zoneChosen, Runnable invalid) {
        this.zoneChosen = zoneChosen;
        this.invalid = invalid;
        rows = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(rows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rows);
    }

    Composite control() {
        return rows;
    }

    /** @param sources display name by source id, of the sources found in the preview */
    void show(Map<String, String> sources, ZoneId defaultZone) {
        for (Control old : rows.getChildren()) {
            old.dispose();
        }
        sources.forEach((id, name) -> row(id, name, defaultZone));
    }

    private void row(String sourceId, String name, ZoneId defaultZone) {
        new Label(rows, SWT.NONE).setText(name + " time zone:");
        Combo zone = new Combo(rows, SWT.DROP_DOWN);
        zone.setItems(ZONES);
        zone.setText(defaultZone.getId());
        zone.setVisibleItemCount(15);
        zone.setData(SwingLinkUi.WIDGET_ID, WizardIds.ZONE_PREFIX + sourceId);
        zone.setToolTipText("The zone the " + name + " files' local times were written in");
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(zone);
        zoneChosen.accept(sourceId, defaultZone);
        zone.addModifyListener(e -> {
            try {
                zoneChosen.accept(sourceId, ZoneId.of(zone.getText().strip()));
            } catch (DateTimeException notAZone) {
                invalid.run();
            }
        });
    }

    /** Whether every zone field holds a zone Java knows. */
    boolean valid() {
        for (Control control : rows.getChildren()) {
            if (control instanceof Combo combo) {
                try {
                    ZoneId.of(combo.getText().strip());
                } catch (DateTimeException notAZone) {
                    return false;
                }
            }
        }
        return true;
    }
}
