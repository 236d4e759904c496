package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.model.ImportSession;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.wizard.DropImport;
import org.swinglink.ui.internal.wizard.ImportJob;
import org.swinglink.ui.internal.wizard.ImportWizards;
import org.swinglink.ui.internal.wizard.WizardIds;

/** The import wizard in the real workbench: preview, import as a job, result, cancel, drop. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportWizardTest {
    private static final long WAIT_MILLIS = 60_000;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(
            database -> Files.createDirectories(Path.of(System.getProperty("swinglink.test.work", "target/test-work"))));

    @AfterEach
    void closeLeftOverDialogs() {
        workbench.syncRun(() -> {
            for (Shell shell : workbench.display().getShells()) {
                if (shell != workbench.mainShell() && !shell.isDisposed()) {
                    shell.close();
                }
            }
        });
    }

    @Test
    @Order(1)
    void givenHitTraxAndBlastFiles_whenPreviewedAndFinished_thenTheImportIsStoredPairedAndSummarised() throws Exception {
        Path input = workbench.folder().resolve("input");
        List<Path> paths = List.of(Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", input),
                Fixtures.copy("paired/Metrics - Jane Doe.csv", input));
        Shell wizard = openWizard(paths);
        assertEquals(List.of(paths.get(0).toString(), paths.get(1).toString()),
                workbench.sync(() -> List.of(Widgets.byId(wizard, org.eclipse.swt.widgets.List.class, WizardIds.PATHS).getItems())));
        assertTrue(workbench.sync(() -> Widgets.byId(wizard, Button.class, WizardIds.BULK).getSelection()));

        Table preview = next(wizard, 2);
        String[] columns = { "File", "Source", "Confidence", "Rows", "Bad rows", "Players", "Problem", "Already imported" };
        List<String> hittrax = workbench.sync(() -> cells(preview, 0, columns));
        List<String> blast = workbench.sync(() -> cells(preview, 1, columns));
        assertEquals(List.of("jane-doe-2024-10-14.csv", "HitTrax", "100%", "48", "0", "Jane Doe", "", ""), hittrax,
                "no problem, not imported before");
        assertEquals(List.of("Metrics - Jane Doe.csv", "Blast Motion", "100%", "47", "0", "Jane Doe", "", ""), blast);
        String first = workbench.sync(() -> cells(preview, 0, "First").get(0));
        assertTrue(first.startsWith("2024-10-1"), "first time: " + first);
        assertTrue(workbench.sync(() -> Widgets.byId(wizard, Button.class, WizardIds.SKIP_BAD_ROWS).getSelection()),
                "a bulk import leaves out unreadable rows by default");
        assertTrue(workbench.sync(() -> Widgets.all(wizard, org.eclipse.swt.widgets.Combo.class).stream()
                .filter(c -> String.valueOf(c.getData(SwingLinkUi.WIDGET_ID)).startsWith(WizardIds.ZONE_PREFIX)).count() == 2),
                "one time zone per source");
        assertTrue(workbench.sync(() -> Driving.button(wizard, "Finish").isEnabled()));
        workbench.sync(() -> Screenshots.save(wizard, "import-wizard-preview"));

        Driving.press(workbench, wizard, "Finish");
        Job.getJobManager().join(ImportJob.FAMILY, null);

        String result = resultText();
        assertTrue(result.contains("Imported 48 HitTrax events and 47 sensor swings; 43 swings matched, 4 unmatched."), result);
        // the sensor clock is 47.3 s behind; the estimate from the pairs lands within a second of it
        assertTrue(result.matches("(?s).*Jane Doe: 48 events, 47 swings, 43 matched, clock offset \\+4[78]\\.\\d s \\(estimated.*"), result);
        assertTrue(result.contains("Unassigned swings: 0"), result);

        Shell main = workbench.mainShell();
        String[] seen = { "nothing" };
        try {
            workbench.waitUntil("the new import in Import Sessions", WAIT_MILLIS, () -> {
            Table sessions = Widgets.byId(main, Table.class, SwingLinkUi.IMPORT_SESSIONS_TABLE);
            if (sessions == null || sessions.getItemCount() != 1) {
                return false;
            }
            List<String> row = Widgets.row(sessions, 0);
            seen[0] = row.toString();
            return row.subList(1, 3).equals(List.of("bulk", "completed")) && row.subList(5, 8).equals(List.of("48", "47", "43"));
        });
        } catch (AssertionError e) {
            workbench.sync(() -> Screenshots.save(main, "import-result-not-shown"));
            throw new AssertionError(e.getMessage() + "; last row seen: " + seen[0] + "; labels: "
                    + workbench.sync(() -> Widgets.all(main, Label.class).stream().map(Label::getText).toList()), e);
        }
        // below the new session's row, so the picture shows both
        Shell resultDialog = Driving.awaitShellTitled(workbench, "Import Result", WAIT_MILLIS);
        workbench.syncRun(() -> resultDialog.setLocation(resultDialog.getLocation().x, main.getLocation().y + 260));
        Path screenshot = workbench.sync(() -> Screenshots.save(main, "import-result"));
        assertTrue(Files.size(screenshot) > 10_000, screenshot.toString());
    }

    @Test
    @Order(2)
    void givenAFileNoSourceRecognises_whenPreviewed_thenItsProblemShowsAndFinishIsDisabled() throws Exception {
        Path input = workbench.folder().resolve("mixed");
        Shell wizard = openWizard(List.of(Fixtures.copy("hittrax/john-roe-2024-10-15.csv", input),
                Fixtures.copy("invalid/grocery-list.csv", input)));

        Table preview = next(wizard, 2);
        List<String> grocery = workbench.sync(() -> cells(preview, 1, "File", "Source", "Problem"));
        assertEquals("grocery-list.csv", grocery.get(0));
        assertEquals("(none)", grocery.get(1));
        assertTrue(grocery.get(2).contains("no SwingLink source recognises this file"), grocery.get(2));
        assertFalse(workbench.sync(() -> Driving.button(wizard, "Finish").isEnabled()));
        assertTrue(workbench.sync(() -> texts(wizard).anyMatch(t -> t.contains("cannot be imported: grocery-list.csv"))),
                "the wizard says which file stops it");
        Driving.press(workbench, wizard, "Cancel");
    }

    @Test
    @Order(3)
    void givenALargeImport_whenItsJobIsCancelled_thenTheSessionFailsCancelledAndNoSwingIsStored() throws Exception {
        Store store = workbench.context().get(Store.class);
        int swingsBefore = allSwings(store);
        Shell wizard = openWizard(List.of(Fixtures.copy("blast/whoopblast-swing-data-complete.csv", workbench.folder().resolve("large"))));
        Table preview = next(wizard, 1);
        assertEquals("3123", workbench.sync(() -> cells(preview, 0, "Rows")).get(0));

        // Cancel as soon as the import runs, as the Cancel button of its progress window would.
        JobChangeAdapter canceller = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                if (event.getJob().belongsTo(ImportJob.FAMILY)) {
                    event.getJob().cancel();
                }
            }
        };
        Job.getJobManager().addJobChangeListener(canceller);
        try {
            Driving.press(workbench, wizard, "Finish");
            Job.getJobManager().join(ImportJob.FAMILY, null);
        } finally {
            Job.getJobManager().removeJobChangeListener(canceller);
        }

        String result = resultText();
        assertTrue(result.contains("cancelled"), result);
        ImportSession newest = store.queries().importSessions().get(0);
        assertEquals("failed", newest.getStatus().databaseValue());
        assertTrue(newest.getErrorMessage().contains("cancelled"), newest.getErrorMessage());
        assertEquals(swingsBefore, allSwings(store), "the cancelled import stored no swing");
    }

    @Test
    @Order(4)
    void givenFilesDroppedOnTheWindow_thenTheWizardOpensWithThemListed() {
        Path dropped = Fixtures.copy("hittrax/cage-two-batters.csv", workbench.folder().resolve("dropped"));
        DropImport drop = workbench.context().get(DropImport.class);
        workbench.display().asyncExec(() -> drop.dropped(List.of(dropped, dropped.getParent())));

        Shell wizard = Driving.awaitShellTitled(workbench, "Import", WAIT_MILLIS);
        assertEquals(List.of(dropped.toString(), dropped.getParent().toString()),
                workbench.sync(() -> List.of(Widgets.byId(wizard, org.eclipse.swt.widgets.List.class, WizardIds.PATHS).getItems())));
        Driving.press(workbench, wizard, "Cancel");
    }

    @Test
    @Order(5)
    void givenAFileImportedBefore_whenPreviewedAgainUnderAnotherName_thenItsRowNamesTheImportThatStoredIt() throws Exception {
        Store store = workbench.context().get(Store.class);
        Importer importer = workbench.context().get(Importer.class);
        Path earlier = Fixtures.copy("hittrax/john-roe-2024-10-15.csv", workbench.folder().resolve("earlier"));
        assertTrue(importer.importFiles(store, ImportRequest.bulk(List.of(earlier), new ReadOptions(java.time.ZoneId.of("America/Chicago")), "ana")).succeeded());
        Path renamed = workbench.folder().resolve("again").resolve("john-roe-copy.csv");
        Files.createDirectories(renamed.getParent());
        Files.copy(earlier, renamed);
        Path fresh = Fixtures.copy("hittrax/cage-two-batters.csv", workbench.folder().resolve("again"));

        Path badRow = Fixtures.copy("broken/ht-impossible-date.csv", workbench.folder().resolve("again"));

        Shell wizard = openWizard(List.of(renamed, fresh, badRow));
        Table preview = next(wizard, 3);

        String flagged = workbench.sync(() -> cells(preview, 0, "Already imported").get(0));
        assertTrue(flagged.startsWith("by the import of "), flagged);
        assertTrue(flagged.endsWith(" (john-roe-2024-10-15.csv)"), "the import is named by its date and files: " + flagged);
        assertEquals("", workbench.sync(() -> cells(preview, 1, "Already imported").get(0)));
        assertTrue(workbench.sync(() -> preview.getItem(0).getForeground(0).equals(
                wizard.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND))), "the file is greyed");
        assertTrue(workbench.sync(() -> Driving.button(wizard, "Finish").isEnabled()),
                "a file imported before is skipped by the import, so it does not stop it");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(wizard, "import-wizard-imported-before"));
        Driving.press(workbench, wizard, "Cancel");
    }

    @Test
    @Order(6)
    void givenABadRow_whenPreviewed_thenTheProblemColumnNamesItAndItsTooltipHoldsTheWholeMessage() throws Exception {
        Shell wizard = openWizard(List.of(Fixtures.copy("broken/ht-impossible-date.csv", workbench.folder().resolve("bad-row"))));
        Table preview = next(wizard, 1);

        int problemColumn = workbench.sync(() -> Widgets.headers(preview).indexOf("Problem"));
        String problem = workbench.sync(() -> Widgets.row(preview, 0).get(problemColumn));
        assertTrue(problem.contains("ht-impossible-date.csv, line 5, column 3: Date: '02/30/2024 16:05:13.349' is not a date"),
                problem);
        String tooltip = workbench.sync(() -> Widgets.toolTipOver(preview, 0, problemColumn));
        assertEquals(problem, tooltip, "the cell is cut off; its tooltip shows it whole");
        Driving.press(workbench, wizard, "Cancel");
    }

    @Test
    @Order(7)
    void givenABadRowThatFailsTheImport_whenFinished_thenTheWizardStaysOpenAndLeavingOutBadRowsLetsItComplete() throws Exception {
        Store store = workbench.context().get(Store.class);
        Shell wizard = openWizard(List.of(Fixtures.copy("broken/ht-impossible-date.csv", workbench.folder().resolve("retry"))));
        workbench.syncRun(() -> {
            Button perPlayer = Widgets.byId(wizard, Button.class, WizardIds.PER_PLAYER);
            perPlayer.setSelection(true);
            Widgets.byId(wizard, Button.class, WizardIds.BULK).setSelection(false);
            Driving.click(perPlayer);
            Widgets.byId(wizard, org.eclipse.swt.widgets.Combo.class, WizardIds.PLAYER).setText("Pat Retry");
        });
        next(wizard, 1);
        assertFalse(workbench.sync(() -> Widgets.byId(wizard, Button.class, WizardIds.SKIP_BAD_ROWS).getSelection()),
                "a player's own files fail on a bad row by default");

        Driving.press(workbench, wizard, "Finish");
        Job.getJobManager().join(ImportJob.FAMILY, null);
        workbench.waitUntil("the failure shown in the wizard", WAIT_MILLIS,
                () -> !wizard.isDisposed() && texts(wizard).anyMatch(t -> t.contains("line 5, column 3")));
        assertEquals("failed", store.queries().importSessions().get(0).getStatus().databaseValue());
        assertTrue(workbench.sync(() -> wizard.isVisible()), "the wizard is still open");
        assertEquals("Pat Retry", workbench.sync(() -> Widgets.byId(wizard, org.eclipse.swt.widgets.Combo.class,
                WizardIds.PLAYER).getText()), "every input is kept");
        assertTrue(workbench.sync(() -> Driving.button(wizard, "Finish").isEnabled()), "Finish tries again");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(wizard, "import-wizard-failed"));

        workbench.syncRun(() -> {
            Button skip = Widgets.byId(wizard, Button.class, WizardIds.SKIP_BAD_ROWS);
            skip.setSelection(true);
            Driving.click(skip);
        });
        Driving.press(workbench, wizard, "Finish");
        Job.getJobManager().join(ImportJob.FAMILY, null);

        String result = resultText();
        assertTrue(result.startsWith("Imported 47 HitTrax events"), result);
        assertTrue(workbench.sync(() -> wizard.isDisposed()), "a completed import closes the wizard");
        ImportSession newest = store.queries().importSessions().get(0);
        assertEquals("completed", newest.getStatus().databaseValue());
        assertEquals(47, newest.getStatistics().hittraxEvents());
    }

    @Test
    @Order(8)
    void givenAFolder_whenOneOfItsFilesIsUnticked_thenOnlyTheTickedFilesAreImported() throws Exception {
        Store store = workbench.context().get(Store.class);
        Path input = workbench.folder().resolve("some-of-a-folder");
        Fixtures.copy("hittrax/cage-two-batters.csv", input);
        Fixtures.copy("blast/metrics-with-report-header.csv", input);
        Shell wizard = openWizard(List.of(input));
        Table preview = next(wizard, 2);
        assertEquals("some-of-a-folder/metrics-with-report-header.csv", workbench.sync(() -> Widgets.row(preview, 1)).get(0));

        workbench.syncRun(() -> {
            TableItem blast = preview.getItem(1);
            blast.setChecked(false);
            Event check = new Event();
            check.item = blast;
            check.detail = SWT.CHECK;
            preview.notifyListeners(SWT.Selection, check);
        });
        Driving.press(workbench, wizard, "Finish");
        Job.getJobManager().join(ImportJob.FAMILY, null);
        resultText();

        ImportSession newest = store.queries().importSessions().get(0);
        assertEquals("completed", newest.getStatus().databaseValue());
        assertEquals(List.of("some-of-a-folder/cage-two-batters.csv"), newest.getFileNames());
        assertEquals(0, newest.getStatistics().totalSwings(), "the unticked Blast file brought no swing");
    }

    /** A row's cells in the columns with these headers; call on the UI thread. */
    private static List<String> cells(Table table, int row, String... headers) {
        List<String> all = Widgets.row(table, row);
        List<String> titles = Widgets.headers(table);
        return Stream.of(headers).map(header -> all.get(titles.indexOf(header))).toList();
    }

    private static int allSwings(Store store) {
        return store.queries().swingsBetween(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")).size();
    }

    private Shell openWizard(List<Path> paths) {
        Shell main = workbench.mainShell();
        // The wizard is modal: open it from the event loop, and drive it from here.
        workbench.display().asyncExec(() -> ImportWizards.open(main, workbench.context(), paths));
        return Driving.awaitShellTitled(workbench, "Import", WAIT_MILLIS);
    }

    /** Goes to the preview page and waits until it lists {@code rows} files. */
    private Table next(Shell wizard, int rows) {
        Driving.press(workbench, wizard, "Next");
        workbench.waitUntil(rows + " files in the preview", WAIT_MILLIS, () -> {
            Table table = Widgets.byId(wizard, Table.class, WizardIds.PREVIEW_TABLE);
            return table != null && table.isVisible() && table.getItemCount() == rows
                    && Driving.button(wizard, "Cancel").isEnabled(); // the reading has ended
        });
        return workbench.sync(() -> Widgets.byId(wizard, Table.class, WizardIds.PREVIEW_TABLE));
    }

    private String resultText() {
        Shell dialog = Driving.awaitShellTitled(workbench, "Import Result", WAIT_MILLIS);
        String text = workbench.sync(() -> Widgets.byId(dialog, Text.class, WizardIds.RESULT_TEXT).getText());
        return text;
    }

    private static Stream<String> texts(Shell shell) {
        return Stream.concat(Widgets.all(shell, Text.class).stream().map(Text::getText),
                Widgets.all(shell, Label.class).stream().map(Label::getText)).filter(t -> t != null);
    }
}
