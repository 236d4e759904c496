package org.swinglink.ui.internal.desk;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.swinglink.model.ImportSession;
import org.swinglink.model.SensorSwing;
import org.swinglink.ui.internal.parts.FilterFields;
import org.swinglink.ui.internal.parts.ImportLabels;

/**
 * The row of filters over the unassigned swings: import, sensor, and a range of days. Its choices
 * come from the loaded swings, so filtering never asks the database again.
 */
public final class FilterBar {
    public static final String IMPORT = "unassignedSwings.filter.import";
    public static final String SENSOR = "unassignedSwings.filter.sensor";
    public static final String FROM = "unassignedSwings.filter.from";
    public static final String TO = "unassignedSwings.filter.to";

    private static final String ALL_IMPORTS = "All imports";
    private static final String ALL_SENSORS = "All sensors";

    private final Composite bar;
    private final Combo imports;
    private final Combo sensors;
    private final Text from;
    private final Text to;
    private final ZoneId zone;
    private final Consumer<SwingFilter> changed;
    private final List<String> importIds = new ArrayList<>();
    private SwingFilter last;

    public FilterBar(Composite parent, ZoneId zone, Consumer<SwingFilter> changed) {
        this.zone = zone;
        this.changed = changed;
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).spacing(6, 0).applyTo(bar);
        FilterFields fields = new FilterFields(bar, this::fire);
        imports = fields.combo("Import:", IMPORT, 28);
        sensors = fields.combo("Sensor:", SENSOR, 14);
        from = fields.day("From:", FROM);
        to = fields.day("to:", TO);
        setChoices(List.of());
    }

    public Composite control() {
        return bar;
    }

    /** Offers the imports and sensors of these swings, keeping the current choice where it still exists. */
    public void setChoices(List<SensorSwing> swings) {
        String importId = selectedImport();
        String sensor = selectedSensor();
        Map<String, ImportSession> sessions = new LinkedHashMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (SensorSwing swing : swings) {
            if (swing.getImportSession() != null) {
                sessions.putIfAbsent(swing.getImportSession().getId(), swing.getImportSession());
            }
            types.add(swing.getSensorType());
        }
        importIds.clear();
        imports.removeAll();
        imports.add(ALL_IMPORTS);
        sessions.values().stream().sorted(Comparator.comparing(ImportSession::getCreatedAt).reversed()).forEach(s -> {
            importIds.add(s.getId());
            imports.add(ImportLabels.of(s, zone));
        });
        imports.select(importId == null ? 0 : importIds.indexOf(importId) + 1);
        sensors.removeAll();
        sensors.add(ALL_SENSORS);
        types.forEach(sensors::add);
        sensors.select(sensor == null ? 0 : Math.max(0, sensors.indexOf(sensor)));
    }

    public SwingFilter filter() {
        return new SwingFilter(selectedImport(), selectedSensor(), FilterFields.dayIn(from), FilterFields.dayIn(to), zone);
    }

    private String selectedImport() {
        int index = imports.getSelectionIndex();
        return index <= 0 || index > importIds.size() ? null : importIds.get(index - 1);
    }

    private String selectedSensor() {
        int index = sensors.getSelectionIndex();
        return index <= 0 ? null : sensors.getItem(index);
    }

    private void fire() {
        SwingFilter now = filter();
        if (!Objects.equals(now, last)) {
            last = now;
            changed.accept(now);
        }
    }
}
