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

/**
 * A command that runs out of memory tells the user in one sentence how to give SwingLink more and
 * exits 70; the stack trace goes to the database folder's log. Before, the product ended silently
 * with exit code 0 and printed nothing.
 */
class OutOfMemoryProductTest {
    @TempDir
    Path work;

    @Test
    void givenAHeapTooSmallForTheCommand_whenRun_thenOneSentenceSaysHowToGiveItMoreAndItExits70() throws Exception {
        // an import's summary holds its unassigned swings and their JSON at once: 10,800 of them need more than 24 MB
        // ('unassigned' streams them: they list in 32 MB, while the summary, which holds them, runs out in 24)
        GeneratedSession session = GeneratedSession.write(work.resolve("input"), "Jane Doe", LocalDateTime.of(2026, 3, 1, 15, 0),
                12_000, 5);
        Path nameless = Files.move(session.blast(), work.resolve("swings.csv"));
        ProductRun imported = ProductRun.onDatabaseInChicago(work, "import", "--bulk", nameless.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("Unassigned swings (" + session.swings() + ")"), imported.toString());

        Matcher importId = Pattern.compile("Import (\\S+) completed").matcher(imported.out());
        assertTrue(importId.find(), imported.toString());
        // the framework, EclipseLink and Derby alone take most of 24 MB; the streamed list gets a little room above that
        ProductRun streamed = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", "-Xmx32m"), "unassigned", "--json");
        ProductRun table = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", "-Xmx32m"), "unassigned");
        ProductRun listed = ProductRun.onDatabaseInChicago(work, Map.of("SWINGLINK_JAVA_OPTS", "-Xmx24m"), "sessions", "--json",
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
