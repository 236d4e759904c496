package org.swinglink.importer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.swinglink.importer.DetectedFile;
import org.swinglink.importer.FilePreview;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportedBefore;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.store.Store;

/** Reads the inputs of an import without storing them: which source claims each file, and what is in it. */
public final class Preview {
    private final SourceRegistry sources;

    public Preview(SourceRegistry sources) {
        this.sources = sources;
    }

    public List<FilePreview> of(List<Path> inputs, ReadOptions options) throws ImportException {
        return of(null, inputs, options);
    }

    /**
     * {@link #of(List, ReadOptions)}, also saying which files {@code store} (when not null) holds
     * already, by their SHA-256 as the import itself tells them: one query for all files.
     */
    public List<FilePreview> of(Store store, List<Path> inputs, ReadOptions options) throws ImportException {
        return inScratch(inputs, files -> {
            List<FilePreview> previews = new ArrayList<>();
            for (SourceFile file : files) {
                previews.add(preview(file, options));
            }
            return store == null ? previews : withEarlierImports(store, files, previews);
        });
    }

    /**
     * For each file the inputs hold (a ZIP's entries one by one), the import of {@code store} that
     * stored its exact bytes before, or null: the files are hashed, not read row by row.
     */
    public static List<ImportedBefore> importedBefore(Store store, List<Path> inputs) throws ImportException {
        return inScratch(inputs, files -> {
            List<String> hashes = hashesOf(files);
            Map<String, ImportedBefore> earlier = store.read(em -> EarlierImports.described(em, hashes));
            return hashes.stream().map(earlier::get).toList();
        });
    }

    @FunctionalInterface
    private interface FilesWork<T> {
        T apply(List<SourceFile> files) throws ImportException;
    }

    /** Unpacks the inputs into a temporary folder as an import would, for {@code work}; the folder is removed after. */
    private static <T> T inScratch(List<Path> inputs, FilesWork<T> work) throws ImportException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("swinglink-preview");
        } catch (IOException e) {
            throw new ImportException("Cannot create a temporary folder for the preview: " + e.getMessage(), e);
        }
        try {
            return work.apply(new FileArchive(scratch).archive(inputs));
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static List<String> hashesOf(List<SourceFile> files) throws ImportException {
        List<String> hashes = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                hashes.add(FileFingerprint.sha256(file.path()));
            } catch (IOException e) {
                throw new ImportException(file.name() + ": cannot read the file (" + e.getMessage() + ")", e);
            }
        }
        return hashes;
    }

    private static List<FilePreview> withEarlierImports(Store store, List<SourceFile> files, List<FilePreview> previews)
            throws ImportException {
        List<String> hashes = hashesOf(files);
        Map<String, ImportedBefore> earlier = store.read(em -> EarlierImports.described(em, hashes));
        List<FilePreview> flagged = new ArrayList<>();
        for (int i = 0; i < previews.size(); i++) {
            ImportedBefore before = earlier.get(hashes.get(i));
            flagged.add(before == null ? previews.get(i) : previews.get(i).withImportedBefore(before));
        }
        return flagged;
    }

    private FilePreview preview(SourceFile file, ReadOptions options) {
        DetectedFile detected;
        try {
            detected = sources.detect(file);
        } catch (ImportException e) {
            return new FilePreview(file.name(), null, 0, 0, 0, List.of(), null, null, e.getMessage());
        }
        Counter counter = new Counter(file.name());
        String problem = null;
        try {
            detected.source().playerNameFromFileName(file.name()).ifPresent(counter.players::add);
            detected.source().read(file, options, counter);
        } catch (SourceFormatException e) {
            problem = e.getMessage();
        } catch (IOException e) {
            problem = file.name() + ": cannot be read (" + e.getMessage() + ")";
        } catch (RuntimeException | LinkageError e) { // the parser's defect, not the file's
            sources.recordFailure(detected.source(), "threw " + e + " while reading " + file.name());
            problem = (sources.builtIn(detected.source()) ? "SwingLink's own parser " : "parser ") + detected.source().displayName()
                    + " failed on file " + file.name() + ": " + e + (sources.builtIn(detected.source())
                            ? " (a defect in SwingLink; please report it)" : " (a defect in that parser, not in the file)");
        }
        return new FilePreview(file.name(), detected.source().displayName(), detected.confidence(), counter.records,
                counter.badRows, List.copyOf(counter.players), counter.first, counter.last, problem, counter.firstBadRow,
                null);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system; the preview itself succeeded
        }
    }

    /** Counts what a file holds. */
    private static final class Counter implements RecordSink {
        final String fileName;
        final Set<String> players = new LinkedHashSet<>();
        int records;
        int badRows;
        String firstBadRow;
        Instant first;
        Instant last;

        Counter(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void battedBall(BattedBallRecord record) {
            count(record.playerName(), record.timestamp());
        }

        @Override
        public void sensorSwing(SensorSwingRecord record) {
            count(record.playerName(), record.timestamp());
        }

        @Override
        public void rowProblem(RowProblem problem) {
            if (badRows++ == 0) {
                firstBadRow = fileName + ", " + problem.describe(); // as the import's own message names it
            }
        }

        private void count(String player, Instant time) {
            records++;
            if (player != null && !player.isBlank()) {
                players.add(player.strip());
            }
            if (time != null) {
                first = first == null || time.isBefore(first) ? time : first;
                last = last == null || time.isAfter(last) ? time : last;
            }
        }
    }
}
