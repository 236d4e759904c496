package org.swinglink.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code swinglink --version}: the release, when it was built and from which commit. The build
 * writes both into this bundle's manifest: the date as the version's qualifier (a timestamp,
 * yyyyMMddHHmm in UTC) and the commit as {@value #COMMIT_HEADER}.
 */
final class BuildVersion implements IVersionProvider {
    static final String COMMIT_HEADER = "SwingLink-Commit";

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(BuildVersion.class);
        Version version = bundle.getVersion();
        String commit = bundle.getHeaders().get(COMMIT_HEADER);
        return new String[] { "SwingLink " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro() + " (built "
                + built(version.getQualifier()) + ", commit " + (commit == null || commit.isBlank() ? "unknown" : commit.strip()) + ")" };
    }

    /** {@code 202611281205} as {@code 2026-11-28 12:05 UTC}; another qualifier (a build from the IDE) as it is. */
    static String built(String qualifier) {
        if (!qualifier.matches("\\d{12}")) {
            return "as " + (qualifier.isEmpty() ? "a development build" : qualifier);
        }
        return qualifier.substring(0, 4) + "-" + qualifier.substring(4, 6) + "-" + qualifier.substring(6, 8) + " "
                + qualifier.substring(8, 10) + ":" + qualifier.substring(10, 12) + " UTC";
    }
}
