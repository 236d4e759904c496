package org.swinglink.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.swinglink.model.ImportSession;
import org.swinglink.importer.Importer;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.DatabasePart;
import org.swinglink.ui.internal.table.Column;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Every import, newest first, with what it brought in and whether it failed; a click on a header
 * sorts, opening a row (double-click, Enter, or Open in its context menu) shows its summary.
 */
public class ImportSessionsPart extends DatabasePart {
    static final List<Column<ImportSession>> COLUMNS = List.of(
            Column.text("Created", 19, (ImportSession s) -> Cells.time(s.getCreatedAt())).sortedBy(ImportSession::getCreatedAt),
            Column.text("Type", 10, s -> s.getImportType().databaseValue().replace('_', ' ')),
            Column.text("Status", 10, s -> s.getStatus().databaseValue()),
            Column.text("Sources", 14, s -> Cells.list(s.getSourceTypes())),
            Column.text("Files", 32, (ImportSession s) -> ImportLabels.files(s.getFileNames())),
            Column.number("Events", s -> s.getStatistics().hittraxEvents()),
            Column.number("Swings", s -> s.getStatistics().totalSwings()),
            Column.number("Matched", s -> s.getStatistics().matchedSwings()),
            Column.number("Unmatched", s -> s.getStatistics().unmatchedSwings()),
            Column.number("Players", s -> s.getStatistics().playersDetected()),
            Column.text("Error", 48, s -> Cells.firstLine(s.getErrorMessage())));

    @Inject
    @Optional
    private Importer importer;

    private TableView<ImportSession> view;
    private Composite parent;
    /** Summaries left open beside the views: they follow every change as this listing does. */
    private final List<SessionSummaryDialog> openSummaries = new ArrayList<>();

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        view = new TableView<>(parent, "importSessions", COLUMNS, sync(),
                rows -> Cells.count(rows.size(), "import", "imports"));
        view.onOpen(this::open);
        reload();
    }

    @Inject
    @Optional
    void importsChanged(@EventTopic(SwingLinkUi.TOPIC_IMPORTS_CHANGED) Object importSessionId) {
        // Not @UIEventTopic: its supplier is one service that keeps the first workbench's UISynchronize.
        sync().asyncExec(this::reload);
    }

    /** An analyst's edit changes what imports count (matched, players): the figures are read again. */
    @Inject
    @Optional
    void swingsChanged(@EventTopic(SwingLinkUi.TOPIC_SWINGS_CHANGED) Object change) {
        sync().asyncExec(this::reload);
    }

    /** Shows what the import did; the summary reads its players and swings in a job, and again after each change. */
    public void open(ImportSession session) {
        if (store() != null) {
            SessionSummaryDialog summary = new SessionSummaryDialog(parent.getShell(), session, store(), sync(),
                    importer == null ? id -> id : importer.sources()::nameOf);
            summary.open();
            openSummaries.add(summary);
            summary.getShell().addDisposeListener(closed -> openSummaries.remove(summary));
        }
    }

    @Focus
    void focus() {
        view.setFocus();
    }

    private void reload() {
        if (view != null && !parent.isDisposed()) {
            view.reload(store(), noDatabase(), s -> s.queries().importSessions());
            List.copyOf(openSummaries).forEach(SessionSummaryDialog::reload);
        }
    }
}
