package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.ShownReport;

/**
 * The Leaderboard view over Jane Doe (HitTrax and Blast, 14 October 2024), John Roe (HitTrax only,
 * the 15th) and Klayton Kiser (Blast only, October 2023): the range picks who is on the board, the
 * metric picks who leads.
 */
class LeaderboardViewTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final long LOAD_MILLIS = 20_000;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        database.perPlayer("Jane Doe", database.fixture("hittrax/jane-doe-2024-10-14.csv"), database.fixture("paired/Metrics - Jane Doe.csv"));
        database.perPlayer("John Roe", database.fixture("hittrax/john-roe-2024-10-15.csv"));
        database.bulk(database.fixture("blast/Metrics - Klayton Kiser.csv"));
    }).withWindow(1600, 1000);

    @Test
    void givenThreePlayers_whenOctober2024IsRankedBySwingsThenByExitVelocity_thenTheRangeAndTheMetricDecideTheBoard()
            throws Exception {
        Driving.showPart(workbench, SwingLinkUi.PART_LEADERBOARD);
        range("2024-10-01", "2024-10-31");
        rankBy("Swings");
        workbench.waitUntil("two players of October 2024", LOAD_MILLIS, () -> table().getItemCount() == 2
                && status().startsWith("2 players, best first by swings"));

        List<String> headers = workbench.sync(() -> Widgets.headers(table()));
        List<String> first = workbench.sync(() -> Widgets.row(table(), 0));
        List<String> second = workbench.sync(() -> Widgets.row(table(), 1));
        assertEquals(List.of("Jane Doe", "47", "48", "43"), first.subList(0, 4), headers.toString());
        assertEquals(List.of("John Roe", "0"), second.subList(0, 2));
        assertEquals("", second.get(headers.indexOf("Bat speed, avg (mph)")), "no sensor: empty, never zero");
        assertEquals("", first.get(headers.indexOf("Change")), "nobody played in the 31 days before");
        Driving.settle(workbench);
        Path screenshot = workbench.sync(() -> Screenshots.save(workbench.mainShell(), "leaderboard"));
        assertTrue(Files.size(screenshot) > 10_000, screenshot.toString());

        Path csv = workbench.folder().resolve("leaderboard.csv");
        Path png = Screenshots.folder().resolve("leaderboard-report.png");
        workbench.syncRun(() -> {
            try {
                ShownReport.saveTable(table(), csv);
                ShownReport.savePicture(table().getParent().getParent(), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), "the header and both players: " + lines);
        assertTrue(lines.get(0).startsWith("Player,Swings,HitTrax events,Pairs,Pair rate,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Jane Doe,47,48,43,91%,"), lines.get(1));
        byte[] picture = Files.readAllBytes(png);
        assertTrue(picture.length > 10_000 && picture[1] == 'P' && picture[2] == 'N' && picture[3] == 'G', png.toString());

        range("2023-10-01", "2023-10-31");
        workbench.waitUntil("Klayton Kiser alone in October 2023", LOAD_MILLIS, () -> table().getItemCount() == 1
                && workbench.sync(() -> Widgets.row(table(), 0)).get(0).equals("Klayton Kiser"));
        range("2024-10-10", "2024-10-01");
        workbench.waitUntil("a range that ends before it starts refused", LOAD_MILLIS,
                () -> status().equals("The range ends before it starts."));
    }

    @Test
    void givenTheBoardHidden_whenAnImportArrives_thenItIsSummedAgainOnlyOnceShown() throws Exception {
        Driving.showPart(workbench, SwingLinkUi.PART_LEADERBOARD);
        range("2018-11-01", "2018-11-30");
        workbench.waitUntil("nobody in November 2018", LOAD_MILLIS, () -> status().startsWith("No player has"));
        Driving.showPart(workbench, SwingLinkUi.PART_PLAYER);

        try (Store store = Store.open(new DatabaseFolder(workbench.folder().resolve("db")))) {
            assertTrue(Services.await(Importer.class).importFiles(store, ImportRequest.perPlayer("Dana Kinetic",
                    List.of(Fixtures.copy("dk/jane-doe-2018-11-26.csv", workbench.folder().resolve("more"))), CHICAGO, "coach")).succeeded());
        }
        workbench.syncRun(() -> workbench.context().get(IEventBroker.class).send(SwingLinkUi.TOPIC_IMPORTS_CHANGED, "more"));
        Driving.settle(workbench);
        assertTrue(status().startsWith("No player has"), "a hidden board is not summed again: " + status());

        Driving.showPart(workbench, SwingLinkUi.PART_LEADERBOARD);
        workbench.waitUntil("Dana Kinetic once the board is shown", LOAD_MILLIS, () -> table().getItemCount() == 1
                && Widgets.row(table(), 0).get(0).equals("Dana Kinetic"));
    }

    private Table table() {
        return Widgets.byId(workbench.mainShell(), Table.class, SwingLinkUi.LEADERBOARD_TABLE);
    }

    private String status() {
        return workbench.sync(() -> Widgets.byId(workbench.mainShell(), Label.class, SwingLinkUi.LEADERBOARD_STATUS).getText());
    }

    /** Types both days and presses Enter in the second, as a user would finish. */
    private void range(String from, String to) {
        workbench.syncRun(() -> {
            Widgets.byId(workbench.mainShell(), Text.class, SwingLinkUi.LEADERBOARD_FROM).setText(from);
            Text last = Widgets.byId(workbench.mainShell(), Text.class, SwingLinkUi.LEADERBOARD_TO);
            last.setText(to);
            last.notifyListeners(SWT.DefaultSelection, new Event());
        });
    }

    private void rankBy(String metric) {
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(workbench.mainShell(), Combo.class, SwingLinkUi.LEADERBOARD_METRIC);
            combo.select(combo.indexOf(metric));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }
}
