package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import of 27 files as a user runs it in a terminal (a pseudo-terminal made by script(1))
 * and through a pipe: the progress line shows only on the terminal and ends before the report,
 * which is the same both ways and, beyond 20 files, sums the files per source and lists only the
 * one with a problem.
 */
@Isolated // reads a terminal by the clock
class TerminalProductTest {
    private static final String BAD_FILE = "jane-doe-2024-10-26.csv";

    @TempDir
    static Path work;
    private static String onTerminal;
    private static String throughPipe;

    @BeforeAll
    static void importTheSameFilesOnATerminalAndThroughAPipe() throws Exception {
        Path exports = Files.createDirectories(work.resolve("exports"));
        String session = Files.readString(ProductRun.fixture(ProductRun.JANE_DOE_HITTRAX), StandardCharsets.UTF_8);
        for (int day = 1; day <= 26; day++) {
            String visit = session.replace("10/14/2024", String.format("10/%02d/2024", day));
            if (day == 26) { // one unreadable date: its row is left out, and the file has a problem
                visit = visit.replaceFirst("10/26/2024 16:05:13", "10/44/2024 16:05:13");
            }
            Files.writeString(exports.resolve(String.format("jane-doe-2024-10-%02d.csv", day)), visit, StandardCharsets.UTF_8);
        }
        Files.copy(ProductRun.fixture(ProductRun.JANE_DOE_BLAST), exports.resolve("Metrics - Jane Doe.csv"));

        onTerminal = shell("script -qfec " + quote(swinglink("terminal-db", "import", "--bulk", exports.toString())) + " /dev/null");
        throughPipe = shell(swinglink("pipe-db", "import", "--bulk", exports.toString()) + " 2>&1 | cat");
    }

    @Test
    void givenATerminal_thenProgressLinesAreDrawnInPlaceAndEndBeforeTheReport() {
        String text = onTerminal.replace("\r\n", "\n");
        String progress = text.substring(0, text.indexOf('\n'));
        List<String> states = List.of(progress.split("\r"));

        assertTrue(states.stream().anyMatch(state -> state.startsWith("reading ")), progress);
        assertTrue(states.get(states.size() - 1).strip().matches("read 27 files, 1,294 rows in \\d:\\d\\d \\([0-9,]+ rows/s\\)"), progress);
        assertFalse(text.substring(text.indexOf('\n')).contains("\r"), "no progress after the line ended:\n" + text);
        assertFalse(text.contains("\u001b"), "a carriage return, no escape sequences");
    }

    @Test
    void givenATerminal_thenTheReportIsTheSameAsThroughAPipe() {
        String text = onTerminal.replace("\r\n", "\n");
        String report = text.substring(text.indexOf('\n') + 1);

        assertEquals(throughPipe, report);
    }

    @Test
    void givenAPipe_thenNoProgressByteIsWritten() {
        assertFalse(throughPipe.contains("\r"), throughPipe);
        assertFalse(throughPipe.contains("\u001b"), throughPipe);
        assertFalse(throughPipe.contains("rows/s"), throughPipe);
        assertTrue(throughPipe.contains("completed: 1247 HitTrax events, 47 sensor swings"), throughPipe);
    }

    @Test
    void givenMoreThanTwentyFiles_thenTheReportSumsThemPerSourceAndListsOnlyTheFileWithAProblem() {
        List<String> lines = throughPipe.lines().toList();

        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+HitTrax\\s+26\\s+1247\\s+1\\s+0")), throughPipe);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+Blast Motion\\s+1\\s+47\\s+0\\s+0")), throughPipe);
        assertTrue(throughPipe.contains("Files with problems (1 of 27; --verbose lists each file):"), throughPipe);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+exports/" + java.util.regex.Pattern.quote(BAD_FILE) + "\\s+HitTrax\\s+47\\s+1\\s+rows left out.*")),
                throughPipe);
        assertFalse(throughPipe.contains("jane-doe-2024-10-01.csv"), "files without problems are not listed:\n" + throughPipe);
        assertTrue(throughPipe.contains("Jane Doe"), "the players are listed as always");
    }

    @Test
    void givenAnExportOnATerminal_thenItsProgressLineEnds_andQuietLeavesItOut() throws Exception {
        String jane = work.resolve("jane.csv").toString();
        String quiet = work.resolve("jane-quiet.csv").toString();
        String text = shell("script -qfec " + quote(swinglink("terminal-db", "export", "--player", "Jane Doe", "-o", jane) + "; "
                + swinglink("terminal-db", "--quiet", "export", "--player", "Jane Doe", "-o", quiet)) + " /dev/null").replace("\r\n", "\n");
        List<String> lines = List.of(text.split("\n")); // not lines(): a carriage return alone ends a line there

        assertEquals(3, lines.size(), text);
        assertTrue(lines.get(0).matches("(\rwriting  [0-9,]+ matched swings.*)+"), text);
        assertEquals("Wrote 43 matched swings to " + jane, lines.get(1));
        assertEquals("Wrote 43 matched swings to " + quiet, lines.get(2), "no progress with --quiet");
        assertEquals(Files.readString(Path.of(jane)), Files.readString(Path.of(quiet)));
    }

    /** The launcher with its arguments, as one line for a shell. */
    private static String swinglink(String database, String... arguments) {
        List<String> words = new ArrayList<>(List.of(ProductRun.productFolder().resolve("swinglink").toString(), "--db",
                work.resolve(database).toString(), "--zone", "America/Chicago"));
        words.addAll(List.of(arguments));
        return words.stream().map(TerminalProductTest::quote).collect(Collectors.joining(" "));
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Runs a bash command line with no terminal of its own; returns what it wrote to standard output. */
    static String shell(String commandLine) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", commandLine).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("TERM", "xterm"); // a terminal that says it is dumb gets no progress line
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(commandLine + " did not finish");
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
