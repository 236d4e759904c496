package org.swinglink.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.blast.internal.BlastSource;
import org.swinglink.source.hittrax.internal.HitTraxSource;

/**
 * How fast the parsers turn a season's files into records (no database): one operation reads
 * every HitTrax (or Blast) file of a generated 20,000-row corpus. Rows/s = 10,000 / time per op.
 */
public class ParsingBenchmark extends JmhSettings {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));

    private Path corpus;
    private SourceFile[] hitTrax;
    private SourceFile[] blast;

    @Setup
    public void generate() throws IOException {
        corpus = Files.createTempDirectory("swinglink-parsing");
        SeasonCorpus.main(new String[] { corpus.toString(), "20000", "40", "7" });
        try (Stream<Path> files = Files.walk(corpus.resolve("csv"))) {
            Path[] all = files.filter(Files::isRegularFile).sorted().toArray(Path[]::new);
            hitTrax = Stream.of(all).filter(p -> p.getFileName().toString().startsWith("hittrax")).map(SourceFile::of).toArray(SourceFile[]::new);
            blast = Stream.of(all).filter(p -> p.getFileName().toString().startsWith("Metrics")).map(SourceFile::of).toArray(SourceFile[]::new);
        }
    }

    @Benchmark
    public void hitTrax(Blackhole sink) throws IOException, SourceFormatException {
        HitTraxSource source = new HitTraxSource();
        for (SourceFile file : hitTrax) {
            source.read(file, CHICAGO, new Consuming(sink));
        }
    }

    @Benchmark
    public void blast(Blackhole sink) throws IOException, SourceFormatException {
        BlastSource source = new BlastSource();
        for (SourceFile file : blast) {
            source.read(file, CHICAGO, new Consuming(sink));
        }
    }

    @TearDown
    public void remove() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Hands every record to JMH so nothing is optimised away. */
    private record Consuming(Blackhole sink) implements RecordSink {
        @Override
        public void battedBall(BattedBallRecord record) {
            sink.consume(record);
        }

        @Override
        public void sensorSwing(SensorSwingRecord record) {
            sink.consume(record);
        }

        @Override
        public void rowProblem(RowProblem problem) {
            throw new IllegalStateException(problem.describe());
        }
    }
}
