package org.swinglink.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.blast.internal.BlastSource;
import org.swinglink.source.diamondkinetics.internal.DiamondKineticsSource;
import org.swinglink.source.hittrax.internal.HitTraxSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every parser, fed real exports damaged in the ways files get damaged, random bytes and random
 * CSV-like text: judging never throws and stays within 0-100; reading either completes with sound
 * records and row problems that name their line, or fails with the documented, messaged
 * {@link SourceFormatException} (or, for a line no export has, an IOException naming the line).
 * Any other exception is a defect.
 */
class ParserFuzzProperties {
    private static final List<SwingSource> SOURCES = List.of(new HitTraxSource(), new BlastSource(), new DiamondKineticsSource());
    private static final List<Path> EXPORTS = realExports();
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final Path WORK = temporaryFolder();

    /** A real export, damaged by a few mutations drawn from a seed (so a failure can be replayed and shrunk). */
    record Damaged(Path export, List<Mutation> mutations, long seed) {
        byte[] bytes() throws IOException {
            byte[] data = Files.readAllBytes(export);
            Random random = new Random(seed);
            for (Mutation mutation : mutations) {
                data = mutation.apply(data, random);
            }
            return data;
        }

        @Override
        public String toString() {
            return export.getFileName() + " " + mutations + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Damaged> damagedExports() {
        return Combinators.combine(Arbitraries.of(EXPORTS), Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.longs()).as(Damaged::new);
    }

    @Provide
    Arbitrary<String> csvLikeText() {
        Arbitrary<String> cells = Arbitraries.oneOf(
                Arbitraries.of("Date", "Velo", "LA", "Dist", "Res", "User", "Bat Speed (mph)", "Attack Angle (deg)", "Time to Contact (sec)",
                        "Date/Time", "Max Barrel Speed (mph)", "Swing Timestamp", "timezone", "captureid", "#", "AB", "Time Stamp"),
                Arbitraries.of("10/14/2024 16:02:11.415", "Oct 14, 2024 04:21:20 pm", "2024-06-12 17:05:09", "1728939731000",
                        "NaN", "-0", "1e308", "\"", "\"\"", "", " ", "N/A", "Jane Doe", "Doe, Jane", "América/Chicago"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.doubles().map(Object::toString));
        Arbitrary<String> line = cells.list().ofMaxSize(25).map(list -> String.join(",", list));
        return line.list().ofMaxSize(60).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 1500)
    void damagedExportsFailOnlyWithTheDocumentedException(@ForAll("damagedExports") Damaged damaged) throws Exception {
        Path file = write(damaged.export().getFileName().toString(), damaged.bytes());
        SOURCES.forEach(source -> check(source, file));
    }

    @Property(tries = 500)
    void randomBytesFailOnlyWithTheDocumentedException(@ForAll byte[] bytes) throws Exception {
        Path file = write("random.csv", bytes);
        SOURCES.forEach(source -> check(source, file));
    }

    @Property(tries = 1000)
    void randomCsvTextFailsOnlyWithTheDocumentedException(@ForAll("csvLikeText") String text) throws Exception {
        Path file = write("random-text.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SOURCES.forEach(source -> check(source, file));
    }

    private static void check(SwingSource source, Path path) {
        SourceFile file = new SourceFile(path, path.getFileName().toString());
        try {
            int confidence = source.confidence(FileSample.of(file));
            assertTrue(confidence >= 0 && confidence <= 100, source.id() + " confidence " + confidence);
        } catch (IOException e) {
            assertTrue(e.getMessage().matches("line \\d+ is longer than .*"), "sampling: " + e);
        }
        Checking sink = new Checking();
        try {
            source.read(file, CHICAGO, sink);
        } catch (SourceFormatException e) {
            assertTrue(e.getMessage().startsWith(file.name()), "the message names the file: " + e.getMessage());
            assertFalse(e.getProblem().isBlank(), "the message says what is wrong");
            assertTrue(e.getLine() >= 0 && e.getColumn() >= 0);
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).matches("line \\d+ is longer than .*"), source.id() + " read: " + e);
        }
    }

    /** Checks what a parser hands over as it arrives. */
    private static final class Checking implements RecordSink {
        @Override
        public void battedBall(BattedBallRecord record) {
            assertTrue(record.line() >= 1, "line " + record.line());
            assertNotNull(record.timestamp());
            assertFinite(record.exitVelocity(), record.launchAngle(), record.distance(), record.pitchSpeed());
        }

        @Override
        public void sensorSwing(SensorSwingRecord record) {
            assertTrue(record.line() >= 1, "line " + record.line());
            assertFinite(record.batSpeed(), record.attackAngle(), record.timeToContact(), record.peakHandSpeed(), record.powerOutput());
        }

        @Override
        public void rowProblem(RowProblem problem) {
            assertTrue(problem.line() >= 1 && problem.column() >= 0, problem.describe());
            assertFalse(problem.message().isBlank(), problem.describe());
        }

        private static void assertFinite(Double... values) {
            for (Double value : values) {
                assertTrue(value == null || Double.isFinite(value), "a stored number must be finite: " + value);
            }
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory(WORK, "case");
        return Files.write(folder.resolve(name), bytes);
    }

    private static List<Path> realExports() {
        Path fixtures = Path.of(System.getProperty("swinglink.fixtures"));
        try (Stream<Path> files = Stream.of("hittrax", "blast", "dk", "paired").flatMap(folder -> list(fixtures.resolve(folder)))) {
            List<Path> exports = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            assertEquals(false, exports.isEmpty(), "no exports under " + fixtures);
            return exports;
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("swinglink-fuzz");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeCases() throws IOException {
        try (Stream<Path> files = Files.walk(WORK)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
