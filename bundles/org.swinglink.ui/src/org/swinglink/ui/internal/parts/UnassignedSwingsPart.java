package org.swinglink.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.swinglink.model.SensorSwing;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.DatabaseProblem;
import org.swinglink.ui.internal.table.Column;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Sensor swings no player has been given yet, newest import first. */
public class UnassignedSwingsPart {
    static final List<Column<SensorSwing>> COLUMNS = List.of(
            Column.text("ID", 10, s -> Cells.shortId(s.getId())),
            Column.text("Sensor", 14, SensorSwing::getSensorType),
            Column.text("Time", 19, s -> Cells.time(s.getSensorTimestamp())),
            Column.text("Import", 10, s -> s.getImportSession() == null ? "" : Cells.shortId(s.getImportSession().getId())),
            Column.text("File", 32, SensorSwing::getSourceFile),
            Column.number("Line", SensorSwing::getSourceLine));

    @Inject
    @Optional
    private Store store;

    @Inject
    @Optional
    private DatabaseProblem problem;

    @Inject
    private UISynchronize sync;

    private TableView<SensorSwing> view;

    @PostConstruct
    void create(Composite parent) {
        view = new TableView<>(parent, "unassignedSwings", COLUMNS, sync,
                rows -> rows.isEmpty() ? "No unassigned swings." : Cells.count(rows.size(), "unassigned swing", "unassigned swings"));
        reload();
    }

    @Inject
    @Optional
    void importsChanged(@UIEventTopic(SwingLinkUi.TOPIC_IMPORTS_CHANGED) Object importSessionId) {
        reload();
    }

    @Focus
    void focus() {
        view.setFocus();
    }

    private void reload() {
        if (view != null) {
            view.reload(store, problem, s -> s.queries().unassignedSensorSwings());
        }
    }
}
