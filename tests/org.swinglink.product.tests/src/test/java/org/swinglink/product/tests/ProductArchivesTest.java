package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each platform's archives hold what a user of that platform unpacks and starts, and nothing of another's. */
class ProductArchivesTest {
    /** SWT's platform fragments, by jar name in plugins/. */
    private static final Pattern SWT_FRAGMENT = Pattern.compile("org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\..*");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void givenTheHeadlessArchive_thenItHoldsTheLauncherTheDropinsFolderAndEveryBundleItsConfigurationNames(Platform platform)
            throws IOException {
        ProductArchive archive = ProductArchive.read(platform.headlessArchive());

        assertOneRootFolder(archive, "swinglink/");
        if (platform.windows()) {
            assertTrue(archive.has("swinglink/swinglink.cmd"), archive.fileName());
            assertFalse(archive.has("swinglink/swinglink"), archive.fileName() + ": a bash script is no use on Windows");
        } else {
            assertTrue(archive.entry("swinglink/swinglink").executable(), archive.fileName() + ": swinglink is not executable");
            assertFalse(archive.has("swinglink/swinglink.cmd"), archive.fileName());
        }
        assertEquals(platform.macos() || platform == Platform.LINUX, archive.has("swinglink/man/man1/swinglink.1"),
                archive.fileName() + ": the man page is for Linux and macOS");
        assertTrue(archive.has("swinglink/dropins/README.txt"), archive.fileName());
        assertEquals(List.of(), archive.namesIn("swinglink/plugins/").stream().filter(name -> name.startsWith("org.eclipse.swt")).toList(),
                archive.fileName() + ": the headless product has no user interface");
        assertConfigurationNamesOnlyBundlesPresent(archive, "swinglink/");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void givenTheWorkbenchArchive_thenItHoldsItsPlatformsSwtAndNoOtherTheLauncherAndEveryBundleItsConfigurationNames(Platform platform)
            throws IOException {
        ProductArchive archive = ProductArchive.read(platform.workbenchArchive());
        String product = platform.workbenchProductFolder();

        assertOneRootFolder(archive, product.substring(0, product.indexOf('/') + 1));
        List<String> fragments = archive.namesIn(product + "plugins/").stream().filter(SWT_FRAGMENT.asPredicate()).toList();
        assertEquals(1, fragments.size(), archive.fileName() + " holds SWT fragments " + fragments);
        assertTrue(fragments.get(0).startsWith(platform.swtFragmentPrefix()), archive.fileName() + " holds " + fragments);
        assertTrue(archive.namesIn(product + "plugins/").stream().anyMatch(name -> name.startsWith("org.eclipse.swt_")),
                archive.fileName() + " has no SWT host bundle");
        switch (platform) {
            case LINUX -> assertTrue(archive.entry("swinglink-workbench/swinglink-workbench").executable(), archive.fileName());
            case WINDOWS -> assertTrue(archive.has("swinglink-workbench/swinglink-workbench.cmd"), archive.fileName());
            case MACOS_APPLE_SILICON, MACOS_INTEL -> {
                assertTrue(archive.entry("SwingLink.app/Contents/MacOS/SwingLink").executable(), archive.fileName());
                assertTrue(archive.entry("SwingLink.app/Contents/Info.plist").text().contains("<string>SwingLink</string>"),
                        archive.fileName());
                assertTrue(archive.has("SwingLink.app/Contents/Resources/SwingLink.icns"), archive.fileName());
            }
        }
        assertTrue(archive.has(product + "dropins/README.txt"), archive.fileName());
        assertConfigurationNamesOnlyBundlesPresent(archive, product);
    }

    private static void assertOneRootFolder(ProductArchive archive, String root) {
        List<String> outside = archive.names().stream().filter(name -> !name.startsWith(root)).toList();
        assertEquals(List.of(), outside, archive.fileName() + ": everything unpacks into " + root);
    }

    /** config.ini's framework and osgi.bundles each name a jar or folder in plugins/ of that product. */
    private static void assertConfigurationNamesOnlyBundlesPresent(ProductArchive archive, String product) throws IOException {
        Properties config = new Properties();
        config.load(new StringReader(archive.entry(product + "configuration/config.ini").text()));
        List<String> named = new ArrayList<>();
        named.add(config.getProperty("osgi.framework").replaceFirst("^file:", ""));
        for (String bundle : config.getProperty("osgi.bundles").split(",")) {
            named.add("plugins/" + bundle.replaceFirst("^reference:file:", "").replaceFirst("@.*$", ""));
        }
        assertTrue(named.size() > 20, archive.fileName() + " names only " + named);
        List<String> missing = named.stream().filter(name -> !archive.holds(product + name)).toList();
        assertEquals(List.of(), missing, archive.fileName() + ": config.ini names bundles it does not hold");
    }
}
