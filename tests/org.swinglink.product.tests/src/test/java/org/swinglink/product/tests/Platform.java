package org.swinglink.product.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** A platform the products are built for: its archives' names and format, and the SWT fragment it needs. */
enum Platform {
    LINUX("linux.gtk.x86_64", "tar.gz", "gtk.linux.x86_64"),
    WINDOWS("win32.win32.x86_64", "zip", "win32.win32.x86_64"),
    MACOS_APPLE_SILICON("macosx.cocoa.aarch64", "tar.gz", "cocoa.macosx.aarch64"),
    MACOS_INTEL("macosx.cocoa.x86_64", "tar.gz", "cocoa.macosx.x86_64");

    private final String environment;
    private final String format;
    private final String swtPlatform;

    Platform(String environment, String format, String swtPlatform) {
        this.environment = environment;
        this.format = format;
        this.swtPlatform = swtPlatform;
    }

    Path headlessArchive() {
        return archive("swinglink-headless-");
    }

    Path workbenchArchive() {
        return archive("swinglink-workbench-");
    }

    boolean windows() {
        return this == WINDOWS;
    }

    boolean macos() {
        return this == MACOS_APPLE_SILICON || this == MACOS_INTEL;
    }

    /** The SWT fragment of this platform, as its jar's name begins in plugins/. */
    String swtFragmentPrefix() {
        return "org.eclipse.swt." + swtPlatform + "_";
    }

    /** Where the workbench's plugins/, configuration/ and dropins/ lie in its archive. */
    String workbenchProductFolder() {
        return macos() ? "SwingLink.app/Contents/Eclipse/" : "swinglink-workbench/";
    }

    private Path archive(String prefix) {
        Path file = Path.of(System.getProperty("swinglink.archives"), prefix + environment + "." + format);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No archive " + file + "; build the products with scripts/build first.");
        }
        return file;
    }
}
