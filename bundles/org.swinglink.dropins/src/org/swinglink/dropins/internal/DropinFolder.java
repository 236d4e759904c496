package org.swinglink.dropins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;
import org.swinglink.dropins.SourceState;
import org.swinglink.dropins.SourceStatus;

/**
 * The drop-ins folder Felix FileInstall watches ({@code felix.fileinstall.dir}), seen from
 * SwingLink: which jars lie there and, for those that give no source, why not.
 */
public final class DropinFolder {
    /** The framework property FileInstall reads its folder from. */
    public static final String FOLDER_PROPERTY = "felix.fileinstall.dir";

    private final BundleContext context;
    private final Path folder;

    private DropinFolder(BundleContext context, Path folder) {
        this.context = context;
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The folder the framework is configured to watch, if any. */
    public static Optional<DropinFolder> of(BundleContext context) {
        String configured = context.getProperty(FOLDER_PROPERTY);
        return configured == null || configured.isBlank() ? Optional.empty()
                : Optional.of(new DropinFolder(context, Path.of(configured.trim())));
    }

    public Path path() {
        return folder;
    }

    /** The jars in the folder, by name; none when the folder does not exist. */
    public List<Path> jars() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            System.getLogger(DropinFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot list the drop-ins folder " + folder, e);
            return List.of();
        }
    }

    /** The bundle installed from {@code jar}, if the watcher has installed it. */
    public Optional<Bundle> bundleOf(Path jar) {
        Path wanted = jar.toAbsolutePath().normalize();
        for (Bundle bundle : context.getBundles()) {
            if (BundleLocations.fileOf(bundle).map(wanted::equals).orElse(false)) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    public boolean contains(Bundle bundle) {
        return BundleLocations.isIn(bundle, folder);
    }

    /**
     * Why a jar gives no source: its state and the reason in words; empty when its bundle is active
     * (then it either registered sources or registers none, which the caller can tell).
     */
    public Optional<SourceStatus> problemOf(Path jar) {
        DropinJar claims = DropinJar.read(jar);
        String name = claims.fileName();
        if (!claims.isBundle()) {
            return Optional.of(status(name, "", SourceState.NOT_A_BUNDLE, claims.problem().orElseThrow()));
        }
        String bundleName = claims.symbolicName() + " " + claims.version();
        Optional<Bundle> installed = bundleOf(jar);
        if (installed.isEmpty()) {
            return Optional.of(status(name, bundleName, SourceState.PENDING, notInstalledReason(claims)));
        }
        Bundle bundle = installed.get();
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> Optional.of(status(name, bundleName, SourceState.UNRESOLVED, unresolvedReason(bundle)));
            case Bundle.RESOLVED, Bundle.STARTING, Bundle.STOPPING -> Optional.of(status(name, bundleName,
                    SourceState.NOT_STARTED, "resolved but not started; its activator or components may have failed"));
            default -> Optional.empty();
        };
    }

    private String notInstalledReason(DropinJar claims) {
        for (Bundle other : context.getBundles()) {
            if (claims.symbolicName().equals(other.getSymbolicName()) && claims.version().equals(other.getVersion().toString())) {
                return "a bundle with the same name and version is already installed (" + other.getLocation()
                        + "); change the jar's Bundle-Version or remove the other one";
            }
        }
        return "not installed yet; the folder is checked every second";
    }

    private String unresolvedReason(Bundle bundle) {
        List<String> missing = new MissingRequirements(context.getBundle(0).adapt(FrameworkWiring.class)).of(bundle);
        return missing.isEmpty() ? "cannot be resolved" : "cannot be resolved: it " + String.join("; it ", missing);
    }

    /**
     * Whether every bundle jar in the folder has been installed and, when it can be resolved, started:
     * what a batch run waits for before it imports. Jars that are not bundles are done at once.
     */
    public List<String> notYetSettled() {
        List<String> waiting = new ArrayList<>();
        for (Path jar : jars()) {
            DropinJar claims = DropinJar.read(jar);
            if (!claims.isBundle()) {
                continue;
            }
            Optional<Bundle> bundle = bundleOf(jar);
            if (bundle.isEmpty()) {
                waiting.add(claims.fileName() + " (not installed)");
            } else if (bundle.get().getState() != Bundle.ACTIVE && resolvable(bundle.get())) {
                waiting.add(claims.fileName() + " (not started)");
            }
        }
        return waiting;
    }

    private boolean resolvable(Bundle bundle) {
        return new MissingRequirements(context.getBundle(0).adapt(FrameworkWiring.class)).of(bundle).isEmpty();
    }

    private static SourceStatus status(String file, String bundle, SourceState state, String reason) {
        return new SourceStatus("", file, "", bundle, file, true, state, reason);
    }
}
