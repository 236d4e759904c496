package org.swinglink.ui.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.swinglink.importer.ClockReport;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.SensorSwing;
import org.swinglink.store.PairOrigin;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.dialogs.CloseOnlyDialog;
import org.swinglink.ui.internal.desk.SwingColumns;
import org.swinglink.ui.internal.table.BackgroundLoad;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

/**
 * What one import did: status, error and warnings, its files, what each player got from it (HitTrax
 * events and sensor swings, paired and unpaired on each side, whoever gave them the swings and when)
 * with the clock offset their swings were paired with, and the swings no player was found for.
 * Modeless, so an analyst can keep it open beside the views; everything is read in a job, again
 * after every change to the database ({@link #reload()}).
 */
final class SessionSummaryDialog extends CloseOnlyDialog {
    private List<Column<ImportPlayer>> playerColumns() {
        return List.of(
            Column.text("Player", 18, (ImportPlayer p) -> p.getPlayer().getName()),
            Column.number("Events", ImportPlayer::getHittraxEvents),
            Column.number("Paired events", ImportPlayer::getPairedEvents),
            Column.number("Unpaired events", (ImportPlayer p) -> p.getHittraxEvents() - p.getPairedEvents()),
            Column.number("Swings", ImportPlayer::getSensorSwings),
            Column.number("Matched", ImportPlayer::getMatchedSwings),
            Column.number("Unmatched", (ImportPlayer p) -> p.getSensorSwings() - p.getMatchedSwings()),
            Column.text("Clock offset", 18, (ImportPlayer p) -> offset(p.getClockOffsetMillis(), p.isOffsetEstimated()))
                    .sortedBy(ImportPlayer::getClockOffsetMillis),
            Column.number("Support", ImportPlayer::getOffsetSupport,
                    (Double share) -> String.format(Locale.ROOT, "%.0f %%", share * 100)),
            Column.text("Drift", 27, (ImportPlayer p) -> clockText(p, ClockReport::driftText)),
            Column.text("Clock steps", 26, (ImportPlayer p) -> clockText(p, clock -> clock.stepsText(UiPreferences.defaultZone()))),
            Column.text("Pairs", 40, (ImportPlayer p) -> PairOrigin.describe(
                    origins.getOrDefault(p.getPlayer().getId(), List.of()), sensorNames)));
    }

    private record Loaded(ImportSession session, List<ImportPlayer> players, Map<String, List<PairOrigin>> origins,
            List<SensorSwing> unassigned) {
    }

    private ImportSession session;
    private final Store store;
    private final UISynchronize sync;
    private Text details;
    private Label playersTitle;
    private Label swingsTitle;
    private LazyTable<ImportPlayer> players;
    private LazyTable<SensorSwing> unassigned;
    private BackgroundLoad<Loaded> load;
    private final Function<String, String> sensorNames;
    /** Per player id: where their pairs from this import came from (sensor, and how paired). */
    private Map<String, List<PairOrigin>> origins = Map.of();

    /** @param sensorNames a sensor type's name for people */
    SessionSummaryDialog(Shell parent, ImportSession session, Store store, UISynchronize sync,
            Function<String, String> sensorNames) {
        super(parent);
        this.session = session;
        this.store = store;
        this.sync = sync;
        this.sensorNames = sensorNames;
        keepOpenBesideTheViews();
    }

    /** "Import of whoopblast-swing-data-complete.csv, 2026-11-27 17:25:16": the import by its files. */
    static String title(ImportSession session) {
        return "Import of " + ImportLabels.files(session.getFileNames()) + ", " + Cells.time(session.getCreatedAt());
    }

    /** "+47.3 s (estimated)", "-3600.0 s (given)", or "none" when there was nothing to pair. */
    /** How the record's clock drifted or stepped, in words; "-" when it kept one offset or none was estimated. */
    private static String clockText(ImportPlayer record, Function<ClockReport, String> words) {
        ClockReport clock = ClockReport.of(record.getClockCourse());
        return clock == null ? "-" : words.apply(clock);
    }

    static String offset(Long millis, boolean estimated) {
        if (millis == null) {
            return "none";
        }
        return String.format(Locale.ROOT, "%+.1f s", millis / 1000.0) + (estimated ? " (estimated)" : " (given)");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title(session));
        shell.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SESSION_SUMMARY_SHELL);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1600, 640); // every column of the players table, clock offset, support, drift, steps and pairs included
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sections = new SashForm(area, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sections);
        details = new Text(sections, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        details.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SESSION_SUMMARY_DETAILS);
        details.setText(details());
        Composite playersArea = section(sections);
        playersTitle = title(playersArea, "Players: loading...");
        players = new LazyTable<>(playersArea, playerColumns());
        players.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SESSION_SUMMARY_PLAYERS);
        Composite swingsArea = section(sections);
        swingsTitle = title(swingsArea, "Unassigned swings: loading...");
        unassigned = new LazyTable<>(swingsArea, SwingColumns.of(UiPreferences.defaultZone()));
        unassigned.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SESSION_SUMMARY_SWINGS);
        sections.setWeights(25, 25, 50);
        load = new BackgroundLoad<>("Loading the import summary", players.table(), sync);
        reload();
        return area;
    }

    private String details() {
        StringBuilder text = new StringBuilder();
        text.append("Status: ").append(session.getStatus().databaseValue())
                .append("    Type: ").append(session.getImportType().databaseValue().replace('_', ' '))
                .append("    Sources: ").append(Cells.list(session.getSourceTypes()))
                .append("    Created: ").append(Cells.time(session.getCreatedAt())).append('\n');
        if (session.getErrorMessage() != null && !session.getErrorMessage().isBlank()) {
            text.append("\nError: ").append(session.getErrorMessage()).append('\n');
        }
        if (session.getWarnings() != null && !session.getWarnings().isBlank()) {
            text.append("\nWarnings:\n").append(session.getWarnings().strip()).append('\n');
        }
        text.append("\nHitTrax events: ").append(session.getStatistics().hittraxEvents())
                .append(" (").append(session.getPairedEvents()).append(" paired, ")
                .append(session.getStatistics().hittraxEvents() - session.getPairedEvents()).append(" unpaired)")
                .append("    Sensor swings: ").append(session.getStatistics().totalSwings())
                .append(" (").append(session.getStatistics().matchedSwings()).append(" matched, ")
                .append(session.getStatistics().unmatchedSwings()).append(" unmatched)")
                .append("    Players: ").append(session.getStatistics().playersDetected()).append('\n');
        text.append('\n').append(Cells.count(session.getFileNames().size(), "file", "files")).append(":\n");
        session.getFileNames().forEach(name -> text.append("  ").append(name).append('\n'));
        return text.toString();
    }

    /**
     * Reads the import, its players and its unassigned swings again: call after anything changed
     * them (an analyst's edit, an undo, a later import pairing with its rows). Call on the UI thread.
     */
    void reload() {
        if (load == null || players.table().isDisposed()) {
            return;
        }
        String id = session.getId();
        load.start(() -> new Loaded(store.queries().findImportSession(id).orElse(session),
                store.queries().importPlayers(id), store.queries().pairOrigins(id),
                store.queries().unassignedSensorSwings(id)),
                this::show,
                failure -> setTitle(playersTitle, "Cannot read the database: " + failure.getMessage()));
    }

    private void show(Loaded loaded) {
        session = loaded.session();
        getShell().setText(title(session));
        details.setText(details());
        origins = loaded.origins();
        players.show(loaded.players());
        unassigned.show(loaded.unassigned());
        setTitle(playersTitle, "Players: " + loaded.players().size() + playerTotals(loaded.players()));
        setTitle(swingsTitle, loaded.unassigned().isEmpty() ? "No unassigned swings."
                : "Unassigned swings (no player found for them): " + loaded.unassigned().size());
    }

    /** What the players got from the import in all. */
    private String playerTotals(List<ImportPlayer> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int events = rows.stream().mapToInt(ImportPlayer::getHittraxEvents).sum();
        int swings = rows.stream().mapToInt(ImportPlayer::getSensorSwings).sum();
        return "  (" + Cells.count(swings, "swing", "swings") + ", " + Cells.count(events, "HitTrax event", "HitTrax events")
                + ")";
    }

    private static Composite section(Composite parent) {
        Composite section = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(section);
        return section;
    }

    private static Label title(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    private static void setTitle(Label label, String text) {
        label.setText(text);
        label.getParent().layout();
    }
}
