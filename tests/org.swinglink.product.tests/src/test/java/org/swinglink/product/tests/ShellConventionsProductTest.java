package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless product as a shell user meets it: completion made from its commands, its man page,
 * --version, help that reads in sentences, and a --db it cannot use answered with what it expected.
 * Each test starts its products at once, side by side.
 */
class ShellConventionsProductTest {
    private static final String EXPECTED = "SwingLink keeps its embedded database in a folder it may write to";

    @TempDir
    Path work;

    @Test
    void givenADatabaseSettingItCannotUse_thenTheMessageSaysWhatWasExpectedInstead() throws Exception {
        Path file = Files.writeString(work.resolve("notes.txt"), "not a folder");
        Path exports = Files.createDirectories(work.resolve("exports"));
        Files.writeString(exports.resolve("session.csv"), "a user's own file");

        List<ProductRun> runs = together(() -> ProductRun.run(work, "sessions", "--db", file.toString()),
                () -> ProductRun.run(work, "sessions", "--db", file.resolve("db").toString()),
                () -> ProductRun.run(work, "sessions", "--db", "/proc/swinglink-db"),
                () -> ProductRun.run(work, "sessions", "--db", exports.toString()));

        for (ProductRun run : runs) {
            assertEquals(3, run.exitCode(), run.toString());
            assertTrue(run.err().contains(EXPECTED) && run.err().contains("postgresql://"), run.toString());
            assertFalse(run.err().contains("No suitable driver"), run.toString());
        }
        assertTrue(runs.get(0).err().startsWith("Cannot create the database folder " + file + ": it is a file, not a folder."),
                runs.get(0).toString());
        assertTrue(runs.get(1).err().contains(file + " is a file, not a folder."), runs.get(1).toString());
        assertTrue(runs.get(2).err().startsWith("Cannot create the database folder /proc/swinglink-db: "), runs.get(2).toString());
        assertTrue(runs.get(3).err().startsWith("There is no SwingLink database in " + exports
                + ", and it holds other files (session.csv), so none is made there."), runs.get(3).toString());
        assertEquals(List.of("session.csv"), Files.list(exports).map(p -> p.getFileName().toString()).toList(),
                "nothing was made among the user's files");
    }

    @Test
    void givenAnAccentedName_whenListedUnderThePosixLocaleOrRedirected_thenItIsWrittenInUtf8() throws Exception {
        // A cron job or a scheduled task has no UTF-8 locale, and Windows' code page is not UTF-8: what
        // SwingLink writes to a file through ">" must keep every name all the same.
        String db = work.resolve("db").toString();
        ProductRun imported = ProductRun.run(work, Map.of("LC_ALL", "C.UTF-8"), "import", "--db", db, "--zone",
                "America/Chicago", "--player", "José Peña", ProductRun.fixture(ProductRun.JANE_DOE_HITTRAX).toString());
        assertEquals(0, imported.exitCode(), imported.toString());

        ProductRun players = ProductRun.run(work, Map.of("LC_ALL", "C", "LANG", "C"), "players", "--db", db);

        assertEquals(0, players.exitCode(), players.toString());
        assertTrue(players.out().contains("José Peña"), players.toString());
    }

    @Test
    void givenTheCommandModel_thenCompletionVersionHelpAndManPageFollowIt() throws Exception {
        List<ProductRun> runs = together(() -> ProductRun.run(work, "generate-completion"), () -> ProductRun.run(work, "--version"),
                () -> ProductRun.run(work, "--help"));
        ProductRun completion = runs.get(0);
        ProductRun version = runs.get(1);
        ProductRun help = runs.get(2);

        assertEquals(0, completion.exitCode(), completion.toString());
        Path script = Files.writeString(work.resolve("swinglink-completion.bash"), completion.out());
        // what bash offers after "swinglink im<TAB>" and "swinglink import --bu<TAB>" (compopt works only while bash completes)
        String offered = TerminalProductTest.shell("source " + TerminalProductTest.quote(script.toString()) + " && compopt() { :; }"
                + " && COMP_WORDS=(swinglink im) COMP_CWORD=1 && _complete_swinglink && echo \"${COMPREPLY[@]}\""
                + " && COMP_WORDS=(swinglink import --bu) COMP_CWORD=2 && _complete_swinglink && echo \"${COMPREPLY[@]}\"");
        assertEquals(List.of("import", "--bulk"), offered.lines().toList(), offered);

        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().strip().matches("SwingLink \\d+\\.\\d+\\.\\d+ \\(built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC,"
                + " commit [0-9a-f]{7,}\\)"), version.out());

        List<String> summaries = commandSummaries(help.out());
        assertTrue(summaries.contains("export Writes matched swings as CSV that is safe to open in a spreadsheet."), help.out());
        for (String summary : summaries) { // each command's line in the list is whole sentences, none cut short
            assertTrue(summary.endsWith("."), summary);
        }
        assertTrue(help.out().contains("generate-completion"), help.out());
        assertFalse(help.out().contains("generate-man-page"), "the build's step is not offered to users");
        assertEquals("", help.err(), "help formats every description (a lone % made picocli warn)");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("%APPDATA%\\SwingLink on Windows"), help.out());

        String manPage = Files.readString(ProductRun.productFolder().resolve("man/man1/swinglink.1"), StandardCharsets.UTF_8);
        assertTrue(manPage.startsWith(".TH SWINGLINK 1 "), manPage);
        for (String command : List.of("import", "sessions", "export", "copy", "players merge", "generate\\-completion")) {
            assertTrue(manPage.contains("\n.SS swinglink " + command + "\n"), command + " in\n" + manPage);
        }
        assertTrue(manPage.contains("\\fB\\-\\-db\\fR \\fIDIR|URL\\fR"), manPage);
        assertTrue(manPage.contains("%APPDATA%\\eSwingLink on Windows") && !manPage.contains("%%"), "the page reads as --help does");
    }

    /** The list of commands in {@code --help}, each command's name and summary on one line however it wrapped. */
    private static List<String> commandSummaries(String help) {
        List<String> summaries = new java.util.ArrayList<>();
        List<String> lines = help.lines().toList();
        for (String line : lines.subList(lines.indexOf("Commands:") + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            if (line.startsWith("   ") && !summaries.isEmpty()) {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            } else {
                summaries.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        return summaries;
    }

    @SafeVarargs
    private static List<ProductRun> together(Callable<ProductRun>... runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runs.length);
        try {
            List<Future<ProductRun>> started = pool.invokeAll(List.of(runs));
            List<ProductRun> done = new java.util.ArrayList<>();
            for (Future<ProductRun> run : started) {
                done.add(run.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
