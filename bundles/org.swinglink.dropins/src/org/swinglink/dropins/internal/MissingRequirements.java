package org.swinglink.dropins.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

/**
 * Says in words why a bundle does not resolve: which of its mandatory requirements nothing in the
 * framework provides, and for a package, which versions of it are there (the usual case is a parser
 * built against another major version of the SwingSource API).
 */
public final class MissingRequirements {
    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern LOWER = Pattern.compile("\\(version>=([^)]+)\\)");
    private static final Pattern UPPER = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");

    private final FrameworkWiring framework;

    public MissingRequirements(FrameworkWiring framework) {
        this.framework = framework;
    }

    /** One sentence per unsatisfied requirement; empty when every mandatory requirement has a provider. */
    public List<String> of(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision == null) {
            return missing;
        }
        for (Requirement requirement : revision.getRequirements(null)) {
            if (isOptional(requirement) || isNotForResolution(requirement)) {
                continue;
            }
            if (framework.findProviders(requirement).isEmpty()) {
                missing.add(describe(requirement));
            }
        }
        return missing;
    }

    private static boolean isOptional(Requirement requirement) {
        return Namespace.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    private static boolean isNotForResolution(Requirement requirement) {
        String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }

    private String describe(Requirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        Matcher name = PACKAGE.matcher(filter);
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace()) && name.find()) {
            String packageName = name.group(1);
            String available = availableVersions(packageName);
            return "needs package " + packageName + " " + range(filter)
                    + (available.isEmpty() ? ", which nothing in SwingLink provides"
                            : ", but SwingLink provides " + packageName + " " + available);
        }
        return "needs " + requirement.getNamespace() + " " + filter + ", which nothing in SwingLink provides";
    }

    private static String range(String filter) {
        Matcher lower = LOWER.matcher(filter.replaceAll("\\(!\\(version>=[^)]+\\)\\)", ""));
        Matcher upper = UPPER.matcher(filter);
        String from = lower.find() ? lower.group(1) : "0.0.0";
        return upper.find() ? "version [" + from + ", " + upper.group(1) + ")" : "version " + from + " or later";
    }

    private String availableVersions(String packageName) {
        Collection<BundleCapability> providers = framework.findProviders(new PackageRequirement(packageName));
        TreeSet<String> versions = new TreeSet<>();
        for (BundleCapability capability : providers) {
            Object version = capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
            versions.add(String.valueOf(version));
        }
        return String.join(" and ", versions);
    }

    /** Any version of a package: asks the framework which exporters there are. */
    private record PackageRequirement(String packageName) implements Requirement {
        @Override
        public String getNamespace() {
            return PackageNamespace.PACKAGE_NAMESPACE;
        }

        @Override
        public Map<String, String> getDirectives() {
            return Map.of(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "(" + PackageNamespace.PACKAGE_NAMESPACE + "=" + packageName + ")");
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Resource getResource() {
            return null;
        }
    }
}
