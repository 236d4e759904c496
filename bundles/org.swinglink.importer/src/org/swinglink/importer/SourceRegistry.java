package org.swinglink.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;

/**
 * Every {@link SwingSource} registered in the framework right now (whiteboard pattern): a parser
 * bundle installed later is simply used for the next file, one stopped is gone.
 */
@Component(service = SourceRegistry.class)
public class SourceRegistry {
    /** The service property SwingLink's own parsers are registered with; a third party's parser has none. */
    public static final String BUILT_IN_PROPERTY = "swinglink.source.builtin";
    private final List<SwingSource> sources = new CopyOnWriteArrayList<>();
    private final Set<SwingSource> builtIn = ConcurrentHashMap.newKeySet();
    /** The last failure of each source that threw, by identity: a third-party source may reuse an id. */
    private final Map<SwingSource, String> failures = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(SwingSource source, Map<String, Object> properties) {
        if (Boolean.parseBoolean(String.valueOf(properties.get(BUILT_IN_PROPERTY)))) {
            builtIn.add(source);
        }
        sources.add(source);
    }

    void removeSource(SwingSource source) {
        sources.remove(source);
        failures.remove(source);
        builtIn.remove(source);
    }

    /** Whether the source is one of SwingLink's own parsers, whose failure is a defect of SwingLink. */
    public boolean builtIn(SwingSource source) {
        return builtIn.contains(source);
    }

    /** Remembers that {@code source} threw, so the sources listing can say so; the import goes on without it. */
    public void recordFailure(SwingSource source, String what) {
        failures.put(source, what);
    }

    /** What the source last failed at, if it ever threw. */
    public Optional<String> failureOf(SwingSource source) {
        return Optional.ofNullable(failures.get(source));
    }

    /** The sources available now, by name. */
    public List<SwingSource> sources() {
        List<SwingSource> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparing(SwingSource::displayName));
        return sorted;
    }

    /** The name of the source with this id (a swing's sensor type), or the id when no such source is installed. */
    public String nameOf(String sourceId) {
        return sources().stream().filter(s -> s.id().equals(sourceId)).map(SwingSource::displayName).findFirst()
                .orElse(sourceId);
    }

    /**
     * Asks every source how sure it is that the file is its format and returns the most confident.
     *
     * @throws ImportException when no source claims the file or it cannot be read
     */
    public DetectedFile detect(SourceFile file) throws ImportException {
        FileSample sample;
        try {
            sample = FileSample.of(file);
        } catch (IOException e) {
            throw new ImportException(file.name() + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        List<String> verdicts = new ArrayList<>();
        DetectedFile best = null;
        for (SwingSource source : sources()) {
            int confidence = confidenceOf(source, sample, file.name());
            verdicts.add(source.displayName() + " " + confidence);
            if (confidence > 0 && (best == null || confidence > best.confidence())) {
                best = new DetectedFile(file, source, confidence);
            }
        }
        if (best == null) {
            throw new ImportException(file.name() + ": no SwingLink source recognises this file"
                    + whatItHolds(sample)
                    + ". Confidence by source: " + (verdicts.isEmpty() ? "no sources installed" : String.join(", ", verdicts)));
        }
        return best;
    }

    /** A source that fails while judging a sample is not the file's source; it must not stop the others. */
    private int confidenceOf(SwingSource source, FileSample sample, String fileName) {
        try {
            return Math.max(0, Math.min(100, source.confidence(sample)));
        } catch (RuntimeException | LinkageError e) {
            recordFailure(source, "threw " + e + " while judging " + fileName);
            return 0;
        }
    }

    /** What the file looks like, for a user who expected an export: quoting binary data would only print garbage. */
    private static String whatItHolds(FileSample sample) {
        if (sample.lines().isEmpty()) {
            return " (it is empty)";
        }
        String first = sample.firstNonBlankLine();
        if (first.isEmpty()) {
            return " (it holds only blank lines)";
        }
        if (first.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0xFFFD || c == 0x7F)) {
            return "; it holds binary data, not text (a spreadsheet, PDF or archive saved as .csv?)";
        }
        return "; its first line is '" + abbreviate(first) + "'";
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
