package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * SWT's last Intel macOS fragment is older than the host and the other platforms' fragments: a member a
 * bundle uses that only the newer SWT has would fail there at run time, on machines nobody here has.
 */
class IntelMacSwtTest {
    @Test
    void givenTheIntelMacWorkbench_thenEverySwtMemberItsBundlesUseIsInItsSwtWhereTheAppleSiliconSwtHasIt() throws IOException {
        ProductArchive intel = ProductArchive.read(Platform.MACOS_INTEL.workbenchArchive());
        ProductArchive appleSilicon = ProductArchive.read(Platform.MACOS_APPLE_SILICON.workbenchArchive());
        SwtClasses intelSwt = SwtClasses.of(swtJars(intel));
        SwtClasses appleSiliconSwt = SwtClasses.of(swtJars(appleSilicon));

        Map<String, List<SwtClasses.Member>> gaps = new TreeMap<>();
        int checked = 0;
        String plugins = Platform.MACOS_INTEL.workbenchProductFolder() + "plugins/";
        for (String jar : intel.namesIn(plugins)) {
            if (jar.endsWith(".jar") && !jar.startsWith("org.eclipse.swt_") && !jar.startsWith("org.eclipse.swt.cocoa.")) {
                for (SwtClasses.Member member : SwtClasses.referencesIn(intel.entry(plugins + jar).content())) {
                    checked++;
                    // Members neither SWT has are other platforms' code behind a platform check.
                    if (!intelSwt.has(member) && appleSiliconSwt.has(member)) {
                        gaps.computeIfAbsent(jar, key -> new ArrayList<>()).add(member);
                    }
                }
            }
        }

        assertTrue(checked > 1000, "only " + checked + " SWT references found: the scan missed the bundles");
        assertEquals(Map.of(), gaps, "members the Intel macOS SWT lacks, by bundle");
    }

    private static List<byte[]> swtJars(ProductArchive archive) {
        String plugins = Platform.MACOS_INTEL.workbenchProductFolder() + "plugins/";
        return archive.namesIn(plugins).stream().filter(name -> name.startsWith("org.eclipse.swt_") || name.startsWith("org.eclipse.swt.cocoa."))
                .map(name -> archive.entry(plugins + name).content()).toList();
    }
}
