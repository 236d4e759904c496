package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.ui.SwingLinkUi;

/** Import Sessions sorts by a header click and opens an import's summary. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionSummaryTest {
    private static final long LOAD_MILLIS = 20_000;
    private static final int FILES = 4;
    private static final int EVENTS = 5;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        database.perPlayer("Jane Doe", database.fixture("hittrax/jane-doe-2024-10-14.csv"), database.fixture("paired/Metrics - Jane Doe.csv"));
        database.perPlayer("John Roe", database.fixture("hittrax/john-roe-2024-10-15.csv"));
    });

    @Test
    @Order(1)
    void givenTwoImports_whenEventsIsClicked_thenTheyAreSortedAscendingThenDescending() {
        Table table = sessionsTable();
        assertEquals(List.of("30", "48"), eventsColumn(table), "newest first: John Roe, then Jane Doe");
        assertEquals("Files", workbench.sync(() -> table.getColumn(FILES).getText()));
        assertEquals(List.of("john-roe-2024-10-15.csv", "jane-doe-2024-10-14.csv, Metrics - Jane Doe.csv"),
                workbench.sync(() -> List.of(Widgets.row(table, 0).get(FILES), Widgets.row(table, 1).get(FILES))),
                "each import named by its files");

        workbench.syncRun(() -> Driving.click(table.getColumn(EVENTS)));
        assertEquals(List.of("30", "48"), eventsColumn(table));
        assertEquals(SWT.UP, (int) workbench.sync(table::getSortDirection));

        workbench.syncRun(() -> Driving.click(table.getColumn(EVENTS)));
        assertEquals(List.of("48", "30"), eventsColumn(table));
        assertEquals(SWT.DOWN, (int) workbench.sync(table::getSortDirection));
    }

    @Test
    @Order(2)
    void givenJaneDoesImport_whenItIsOpened_thenTheSummaryShowsHerClockOffset() {
        Table table = sessionsTable();
        int janeDoe = eventsColumn(table).indexOf("48");
        workbench.syncRun(() -> {
            table.setSelection(janeDoe);
            Widgets.row(table, janeDoe); // a virtual row gets its element when shown
            Event doubleClick = new Event();
            doubleClick.item = table.getItem(janeDoe);
            table.notifyListeners(SWT.DefaultSelection, doubleClick);
        });

        Shell summary = Driving.awaitShell(workbench, SwingLinkUi.SESSION_SUMMARY_SHELL, LOAD_MILLIS);
        String title = workbench.sync(summary::getText);
        assertTrue(title.startsWith("Import of jane-doe-2024-10-14.csv, Metrics - Jane Doe.csv, "), "named by its files: " + title);
        workbench.waitUntil("the summary's player row", LOAD_MILLIS,
                () -> Widgets.byId(summary, Table.class, SwingLinkUi.SESSION_SUMMARY_PLAYERS).getItemCount() == 1);
        Table players = workbench.sync(() -> Widgets.byId(summary, Table.class, SwingLinkUi.SESSION_SUMMARY_PLAYERS));
        List<String> row = workbench.sync(() -> Widgets.row(players, 0));
        assertEquals(List.of("Jane Doe", "48", "43", "5", "47", "43", "4"), row.subList(0, 7));
        assertTrue(row.get(7).matches("\\+4\\d\\.\\d s \\(estimated\\)"), "clock offset: " + row.get(7));
        assertTrue(row.get(8).matches("\\d+ %"), "support: " + row.get(8));
        assertEquals(List.of("-", "-"), row.subList(9, 11), "a steady clock over a short session: no drift, no step");
        String details = workbench.sync(() -> Widgets.byId(summary, Text.class, SwingLinkUi.SESSION_SUMMARY_DETAILS).getText());
        assertTrue(details.startsWith("Status: completed"), details);
        assertTrue(details.contains("jane-doe-2024-10-14.csv") && details.contains("Metrics - Jane Doe.csv"), details);
        workbench.waitUntil("the unassigned swings' title", LOAD_MILLIS, () -> Widgets.all(summary, Label.class).stream()
                .anyMatch(label -> "No unassigned swings.".equals(label.getText())));

        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(summary, "session-summary"));
        workbench.syncRun(summary::close);
    }

    @Test
    @Order(3)
    void givenASelectedImport_thenItsContextMenuOffersOpen() {
        Table table = sessionsTable();
        List<String> items = workbench.sync(() -> {
            table.setSelection(0);
            Widgets.row(table, 0);
            table.notifyListeners(SWT.Selection, new Event());
            Menu menu = table.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return List.of(menu.getItems()).stream().filter(MenuItem::isEnabled).map(MenuItem::getText).toList();
        });
        assertEquals(List.of("&Open"), items);
        workbench.syncRun(() -> {
            MenuItem open = table.getMenu().getItem(0);
            Driving.click(open);
        });
        Shell summary = Driving.awaitShell(workbench, SwingLinkUi.SESSION_SUMMARY_SHELL, LOAD_MILLIS);
        workbench.syncRun(summary::close);
    }

    private Table sessionsTable() {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_IMPORT_SESSIONS);
        workbench.waitUntil("two imports", LOAD_MILLIS, () -> {
            Label status = Widgets.byId(shell, Label.class, SwingLinkUi.IMPORT_SESSIONS_STATUS);
            return status != null && "2 imports".equals(status.getText());
        });
        return workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.IMPORT_SESSIONS_TABLE));
    }

    private List<String> eventsColumn(Table table) {
        return workbench.sync(() -> List.of(Widgets.row(table, 0).get(EVENTS), Widgets.row(table, 1).get(EVENTS)));
    }
}
