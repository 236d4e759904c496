package org.swinglink.dropins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.swinglink.dropins.internal.BundleLocations;
import org.swinglink.dropins.internal.DropinFolder;
import org.swinglink.dropins.internal.StaleDropins;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.SwingSource;

/**
 * Every parser SwingLink has, built in or dropped in, and every jar in the drop-ins folder that gives
 * none, with the reason: what {@code swinglink sources} and the Sources view show.
 */
@Component(service = SourceInventory.class, immediate = true)
public class SourceInventory {
    private static final Duration POLL = Duration.ofMillis(100);

    private final SourceRegistry registry;
    private final BundleContext context;

    @Activate
    public SourceInventory(@Reference SourceRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
        DropinFolder.of(context).ifPresent(folder -> StaleDropins.uninstall(context, folder.path()));
    }

    /** The folder drop-in parser bundles are installed from, when one is configured. */
    public Optional<Path> dropinsFolder() {
        return DropinFolder.of(context).map(DropinFolder::path);
    }

    /** Registered sources first (by name), then the drop-in jars that give none (by file name). */
    public List<SourceStatus> statuses() {
        Optional<DropinFolder> dropins = DropinFolder.of(context);
        List<SourceStatus> statuses = new ArrayList<>();
        Set<Long> bundlesWithSources = new HashSet<>();
        for (SwingSource source : registry.sources()) {
            Bundle bundle = FrameworkUtil.getBundle(source.getClass());
            boolean dropIn = bundle != null && dropins.map(folder -> folder.contains(bundle)).orElse(false);
            if (bundle != null) {
                bundlesWithSources.add(bundle.getBundleId());
            }
            Optional<String> kind = kindOf(source);
            Optional<String> failure = registry.failureOf(source);
            statuses.add(new SourceStatus(source.id(), source.displayName(), kind.orElse(""),
                    bundle == null ? "" : bundle.getSymbolicName() + " " + bundle.getVersion(),
                    originOf(bundle, dropIn), dropIn,
                    failure.isPresent() ? SourceState.FAILING : SourceState.ACTIVE, failure.orElse("")));
        }
        dropins.ifPresent(folder -> statuses.addAll(jarsWithoutSource(folder, bundlesWithSources)));
        return statuses;
    }

    private static List<SourceStatus> jarsWithoutSource(DropinFolder folder, Set<Long> bundlesWithSources) {
        List<SourceStatus> statuses = new ArrayList<>();
        for (Path jar : folder.jars()) {
            Optional<Bundle> bundle = folder.bundleOf(jar);
            if (bundle.isPresent() && bundlesWithSources.contains(bundle.get().getBundleId())) {
                continue;
            }
            Optional<SourceStatus> problem = folder.problemOf(jar);
            statuses.add(problem.orElseGet(() -> new SourceStatus("", jar.getFileName().toString(), "",
                    bundle.map(b -> b.getSymbolicName() + " " + b.getVersion()).orElse(""), jar.getFileName().toString(), true,
                    SourceState.NO_SOURCE, "started, but it registers no " + SwingSource.class.getName() + " service")));
        }
        statuses.sort(Comparator.comparing(SourceStatus::origin));
        return statuses;
    }

    /**
     * Waits until every bundle in the drop-ins folder is installed and, if it can be, started, so a
     * batch run imports with every parser there. Returns the jars still not settled when time ran out.
     */
    public List<String> awaitDropins(Duration timeout) {
        Optional<DropinFolder> dropins = DropinFolder.of(context);
        if (dropins.isEmpty()) {
            return List.of();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = dropins.get().notYetSettled();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return waiting;
            }
            waiting = dropins.get().notYetSettled();
        }
        return waiting;
    }

    /** What the source reads; empty when it fails to say, which is recorded as its failure. */
    private Optional<String> kindOf(SwingSource source) {
        try {
            return Optional.of(source.recordKind() == RecordKind.BATTED_BALL_EVENTS ? "batted-ball events" : "sensor swings");
        } catch (RuntimeException | LinkageError e) {
            registry.recordFailure(source, "threw " + e + " when asked what it reads (recordKind)");
            return Optional.empty();
        }
    }

    /** A drop-in's jar name; the products' own bundles are installed by reference, anything else says where it came from. */
    private static String originOf(Bundle bundle, boolean dropIn) {
        if (bundle == null || bundle.getLocation().startsWith("reference:") || bundle.getLocation().startsWith("initial@")) {
            return "built-in";
        }
        return BundleLocations.fileOf(bundle).map(path -> dropIn ? path.getFileName().toString() : path.toString())
                .orElse(bundle.getLocation());
    }
}
