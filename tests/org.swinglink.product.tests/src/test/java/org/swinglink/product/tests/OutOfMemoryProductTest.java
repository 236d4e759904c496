package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * A command that runs out of memory tells the user in one sentence how to give SwingLink more and
 * exits 70; the stack trace goes to the database folder's log. Before, the product ended silently
 * with exit code 0 and printed nothing.
 */
class OutOfMemoryProductTest {
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path work;

    @Test
    void givenAHeapTooSmallForTheCommand_whenRun_thenOneSentenceSaysHowToGiveItMoreAndItExits70() throws Exception {
        // An import's summary holds its unassigned swings and their JSON at once: 36,000 of them need far more than a
        // 48 MB heap, while 'unassigned' streams them and lists them in it. The heap is not smaller: the framework,
        // EclipseLink and Derby take about 20 MB alone, and a start-up that runs out is not the command's.
        Exports session = GeneratedSession.of("Jane Doe", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(40_000)
                .write(work.resolve("input"), 5);
        Path nameless = Files.move(session.blast(), work.resolve("swings.csv"));
        ProductRun imported = ProductRun.onDatabaseInChicago(work, "import", "--bulk", nameless.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("Unassigned swings (" + session.swings() + ")"), imported.toString());

        Matcher importId = Pattern.compile("Import (\\S+) completed").matcher(imported.out());
        assertTrue(importId.find(), imported.toString());
        ProductRun streamed = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", HEAP), "unassigned", "--json");
        ProductRun table = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", HEAP), "unassigned");
        ProductRun listed = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", HEAP), "sessions", "--json",
                importId.group(1));

        assertEquals(0, streamed.exitCode(), "the streamed list fits: " + streamed.err());
        assertEquals(session.swings(), streamed.out().split("\"swingId\"", -1).length - 1);
        assertEquals(0, table.exitCode(), "the streamed table fits: " + table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(session.swings() + 2, lines.size(), "a heading, a line a swing and the count");
        assertEquals(session.swings() + " unassigned swings.", lines.get(lines.size() - 1));
        int timeColumn = lines.get(0).indexOf("TIME");
        Pattern date = Pattern.compile(" \\d{4}-\\d\\d-\\d\\d ");
        assertTrue(lines.stream().skip(1).limit(session.swings()).allMatch(line -> {
            Matcher time = date.matcher(line);
            return time.find() && time.start() + 1 == timeColumn;
        }), "the columns line up past the rows their widths were taken from");

        assertEquals(70, listed.exitCode(), listed.toString());
        List<String> said = listed.err().lines().toList();
        Path log = work.resolve("db").resolve("swinglink.log");
        assertEquals(1, said.size(), "one sentence and no stack trace\n" + listed);
        assertTrue(said.get(0).matches("SwingLink ran out of memory running 'sessions': its Java heap of \\d+ MB is full;"
                + " give it more with SWINGLINK_JAVA_OPTS=-Xmx\\d+m \\(details in " + Pattern.quote(log.toString()) + "\\)\\."),
                said.get(0));
        assertTrue(Files.readString(log).contains("java.lang.OutOfMemoryError"), "the details are in the log");
    }
}
