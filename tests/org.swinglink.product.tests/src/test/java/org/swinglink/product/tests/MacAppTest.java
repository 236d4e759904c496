package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * SwingLink.app's own files (product/macos: Info.plist, the SwingLink launcher, the icon) and the
 * launchers' answer when there is no Java. The launchers run here under bash as they would on a Mac,
 * with a stand-in java that prints the command line it was given, or with no Java at all.
 */
class MacAppTest {
    private static final Path SOURCES = Path.of(System.getProperty("swinglink.sources"));
    private static final Path MACOS = SOURCES.resolve("product/macos");
    private static final Path HEADLESS_LAUNCHER = SOURCES.resolve("features/org.swinglink.headless.feature/rootfiles/swinglink");
    private static final Path WORKBENCH_LAUNCHER = SOURCES.resolve("features/org.swinglink.ui.feature/rootfiles/swinglink-workbench");
    private static final String NO_JAVA = "SwingLink needs Java 21 or newer and found none (";
    /** The tools the launchers use before they start Java, and the shell itself. */
    private static final List<String> BASIC_TOOLS = List.of("bash", "dirname", "sed", "head", "readlink", "uname", "mkdir", "find", "wc", "awk");
    /** ICNS entry types and the width and height of the PNG each holds. */
    private static final Map<String, Integer> ICNS_SIZES = Map.of("icp4", 16, "icp5", 32, "icp6", 64, "ic07", 128,
            "ic08", 256, "ic09", 512, "ic10", 1024);

    private static Path tools;

    @TempDir
    Path work;

    @Test
    void givenInfoPlist_thenItIsWellFormedAndNamesTheLauncherAndTheIcon() throws Exception {
        Map<String, Element> plist = plistEntries(MACOS.resolve("Info.plist"));

        assertEquals("SwingLink", plist.get("CFBundleExecutable").getTextContent());
        assertTrue(Files.isExecutable(MACOS.resolve(plist.get("CFBundleExecutable").getTextContent())), "the launcher is executable");
        assertEquals("SwingLink.icns", plist.get("CFBundleIconFile").getTextContent());
        assertTrue(Files.isRegularFile(MACOS.resolve(plist.get("CFBundleIconFile").getTextContent())));
        assertEquals("org.swinglink.workbench", plist.get("CFBundleIdentifier").getTextContent());
        assertEquals("APPL", plist.get("CFBundlePackageType").getTextContent());
        assertEquals("true", plist.get("NSHighResolutionCapable").getTagName());
    }

    @Test
    void givenTheIcns_thenItsLengthsAddUpAndEachEntryHoldsAPngOfItsTypesSize() throws Exception {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(MACOS.resolve("SwingLink.icns")));
        assertEquals("icns", type(icns));
        assertEquals(icns.capacity(), icns.getInt(), "the length in the header is the file's");

        Map<String, Integer> found = new HashMap<>();
        while (icns.hasRemaining()) {
            String type = type(icns);
            int length = icns.getInt();
            assertTrue(length > 8 && length - 8 <= icns.remaining(), type + " claims " + length + " bytes, " + icns.remaining() + " remain");
            byte[] data = new byte[length - 8];
            icns.get(data);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            assertTrue(image != null, type + " holds no PNG");
            assertEquals(image.getWidth(), image.getHeight(), type);
            found.put(type, image.getWidth());
        }
        assertEquals(ICNS_SIZES, found);
    }

    @Test
    void givenJava21_whenTheAppStarts_thenTheWorkbenchInContentsEclipseRunsOnTheFirstThread() throws Exception {
        Path contents = Files.createDirectories(work.resolve("SwingLink.app/Contents"));
        Path launcher = Files.createDirectories(contents.resolve("MacOS")).resolve("SwingLink");
        Files.copy(MACOS.resolve("SwingLink"), launcher);
        Path equinox = Files.createDirectories(contents.resolve("Eclipse/plugins")).resolve("org.eclipse.equinox.launcher_1.7.0.jar");
        Files.createFile(equinox);
        Path db = work.resolve("db");

        Run run = run(List.of("bash", launcher.toString(), "-psn_0_1234", "--db", db.toString(), "-clearPersistedState"),
                Map.of("JAVA_HOME", echoingJava().toString(), "SWINGLINK_DROPINS", work.resolve("dropins").toString()));

        assertEquals(0, run.exitCode(), run.toString());
        List<String> java = run.out().lines().toList();
        String realContents = contents.toRealPath().toString();
        assertTrue(java.indexOf("-XstartOnFirstThread") >= 0 && java.indexOf("-XstartOnFirstThread") < java.indexOf("-jar"), run.toString());
        assertTrue(java.contains("-Xdock:name=SwingLink"), run.toString());
        assertTrue(java.contains("-Xdock:icon=" + realContents + "/Resources/SwingLink.icns"), run.toString());
        assertEquals(realContents + "/Eclipse/plugins/" + equinox.getFileName(), java.get(java.indexOf("-jar") + 1), "the product in ../Eclipse");
        assertTrue(java.contains("-Dswinglink.db=" + db), run.toString());
        assertTrue(java.contains("-Dfelix.fileinstall.dir=" + work.resolve("dropins")), run.toString());
        assertEquals(List.of("-application", "org.eclipse.e4.ui.workbench.swt.E4Application", "-clearPersistedState"),
                java.subList(java.size() - 3, java.size()));
        assertFalse(run.out().contains("-psn_"), "Finder's process serial number is left out:\n" + run);

        String script = Files.readString(MACOS.resolve("SwingLink"));
        assertTrue(script.contains("/usr/libexec/java_home -v 21+"), "asks java_home for a Java 21+");
        assertTrue(script.contains("osascript"), "tells a missing Java in an alert too");
    }

    @Test
    void givenNoJava_whenTheAppStarts_thenItSaysInOneSentenceWhereToGetOne_andExits3() throws Exception {
        Run run = run(List.of("bash", MACOS.resolve("SwingLink").toString()), Map.of());

        assertEquals(3, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertOneSentence(run.err());
        assertTrue(run.err().contains("/usr/libexec/java_home") && run.err().contains("https://adoptium.net"), run.err());
    }

    @Test
    void givenNoJava_whenTheHeadlessLauncherStarts_thenItSaysInOneSentenceWhereToGetOne_andExits3() throws Exception {
        // This machine's own JDKs lie in /usr/lib/jvm: the copy looks in an empty folder instead.
        String script = Files.readString(HEADLESS_LAUNCHER);
        String jvms = Files.createDirectories(work.resolve("jvm")).toString();
        Path copy = Files.writeString(work.resolve("swinglink"), script.replace("/usr/lib/jvm/*/bin/java", jvms + "/*/bin/java"));
        assertFalse(Files.readString(copy).equals(script), "the launcher looks in /usr/lib/jvm");

        Run run = run(List.of("bash", copy.toString(), "sessions"), Map.of());

        assertEquals(3, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertOneSentence(run.err());
        assertTrue(run.err().contains("/usr/lib/jvm") && run.err().contains("openjdk-21-jre") && run.err().contains("https://adoptium.net"),
                run.err());
    }

    @Test
    void givenALinkToTheHeadlessLauncher_thenItFindsItsProduct_andOnlyALargeImportKeepsTheOptimizingJit() throws Exception {
        Path product = Files.createDirectories(work.resolve("opt/swinglink"));
        Files.copy(HEADLESS_LAUNCHER, product.resolve("swinglink"));
        Path equinox = Files.createDirectories(product.resolve("plugins")).resolve("org.eclipse.equinox.launcher_1.7.0.jar");
        Files.createFile(equinox);
        // bin/swinglink -> ../links/swinglink -> the product's launcher, as a link in /usr/local/bin would be
        Path links = Files.createDirectories(work.resolve("links"));
        Files.createSymbolicLink(links.resolve("swinglink"), product.resolve("swinglink"));
        Path link = Files.createDirectories(work.resolve("bin")).resolve("swinglink");
        Files.createSymbolicLink(link, Path.of("../links/swinglink"));
        Path small = Files.writeString(work.resolve("small.csv"), "a,b\n1,2\n");
        Path large = Files.createDirectories(work.resolve("season"));
        try (var file = new java.io.RandomAccessFile(large.resolve("swings.csv").toFile(), "rw")) {
            file.setLength(9L * 1024 * 1024); // 9 MB, more than the 8 MB from which the JIT pays
        }
        Map<String, String> java21 = Map.of("JAVA_HOME", echoingJava().toString());

        Run smallImport = run(List.of("bash", link.toString(), "import", "--player", "Jane Doe", small.toString()), java21);
        List<String> smallJava = smallImport.out().lines().toList();
        Run largeImport = run(List.of("bash", link.toString(), "import", large.toString()), java21);

        assertEquals(0, smallImport.exitCode(), smallImport.toString());
        String realProduct = product.toRealPath().toString();
        assertEquals(realProduct + "/plugins/" + equinox.getFileName(), smallJava.get(smallJava.indexOf("-jar") + 1), smallImport.toString());
        assertTrue(smallJava.contains("-Dfelix.fileinstall.dir=" + realProduct + "/dropins"), smallImport.toString());
        assertTrue(smallJava.contains("-XX:TieredStopAtLevel=1"), smallImport.toString());
        assertEquals(List.of("import", "--player", "Jane Doe", small.toString()), smallJava.subList(smallJava.size() - 4, smallJava.size()));
        assertEquals(0, largeImport.exitCode(), largeImport.toString());
        assertFalse(largeImport.out().contains("-XX:TieredStopAtLevel=1"), largeImport.toString());
        assertTrue(largeImport.out().contains("-Xmx1g"), largeImport.toString());
    }

    @Test
    void givenTheLaunchers_thenBashReadsThemWithoutSyntaxErrors() throws Exception {
        for (Path script : List.of(HEADLESS_LAUNCHER, WORKBENCH_LAUNCHER, MACOS.resolve("SwingLink"))) {
            Run run = run(List.of("bash", "-n", script.toString()), Map.of("PATH", System.getenv("PATH")));
            assertEquals(0, run.exitCode(), script + ": " + run);
        }
    }

    private static void assertOneSentence(String message) {
        assertTrue(message.startsWith(NO_JAVA), message);
        assertTrue(message.endsWith(".\n") && message.indexOf('\n') == message.length() - 1, "one line, one sentence:\n" + message);
        assertTrue(message.contains("JAVA_HOME"), message);
    }

    /** A JDK 21 whose java prints its arguments, one a line, instead of starting. */
    private Path echoingJava() throws IOException {
        Path home = Files.createDirectories(work.resolve("jdk-21/bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** The basic tools, linked from a folder of their own so that it can be the whole PATH. */
    @BeforeAll
    static void linkTheBasicTools() throws IOException {
        tools = Files.createTempDirectory("swinglink-tools");
        for (String tool : BASIC_TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
    }

    @AfterAll
    static void removeTheLinks() throws IOException {
        for (String tool : BASIC_TOOLS) {
            Files.deleteIfExists(tools.resolve(tool));
        }
        Files.delete(tools);
    }

    /**
     * Runs a command with only the given environment, and (unless given) a PATH that holds the basic
     * tools and no java: JAVA_HOME and the user's PATH are not passed on.
     */
    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, tools.resolve(command.get(0)).toString());
        ProcessBuilder builder = new ProcessBuilder(resolved);
        builder.environment().clear();
        builder.environment().put("PATH", tools.toString());
        builder.environment().put("HOME", work.toString());
        builder.environment().putAll(environment);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 20 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path which(String tool) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + tool + " on the PATH");
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** The top dictionary of a property list: each key's value element. */
    private static Map<String, Element> plistEntries(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Apple's DTD is named but not needed to read the file, and not fetched.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element plist = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("plist", plist.getTagName());
        Element dict = firstElement(plist.getFirstChild());
        assertEquals("dict", dict.getTagName());
        Map<String, Element> entries = new HashMap<>();
        for (Element key = firstElement(dict.getFirstChild()); key != null; ) {
            assertEquals("key", key.getTagName());
            Element value = firstElement(key.getNextSibling());
            entries.put(key.getTextContent(), value);
            key = firstElement(value.getNextSibling());
        }
        return entries;
    }

    private static Element firstElement(Node node) {
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static String type(ByteBuffer buffer) {
        byte[] type = new byte[4];
        buffer.get(type);
        return new String(type, StandardCharsets.US_ASCII);
    }
}
