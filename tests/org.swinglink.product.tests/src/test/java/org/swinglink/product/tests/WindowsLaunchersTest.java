package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Windows launchers (swinglink.cmd, swinglink-workbench.cmd) read as text, since no Windows runs the
 * tests: the rules cmd.exe punishes quietly (LF line ends, unquoted paths, arguments split again, delayed
 * expansion eating "!") and what they must keep in step with the Linux launchers beside them.
 */
class WindowsLaunchersTest {
    private static final Path FEATURES = Path.of(System.getProperty("swinglink.features", "../../features"));
    private static final Pattern VARIABLE = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)%");
    /** Variables on the java command line that are lists of options, not paths: split at spaces on purpose. */
    private static final Set<String> OPTION_LISTS = Set.of("JAVA_OPTIONS", "START_WAIT");

    record Launcher(String name, Path cmd, Path linux, String javaExe) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Launcher> launchers() {
        return Stream.of(headless(), workbench());
    }

    private static Launcher headless() {
        Path rootfiles = FEATURES.resolve("org.swinglink.headless.feature/rootfiles");
        return new Launcher("swinglink.cmd", rootfiles.resolve("win32/swinglink.cmd"), rootfiles.resolve("swinglink"), "java.exe");
    }

    private static Launcher workbench() {
        Path rootfiles = FEATURES.resolve("org.swinglink.ui.feature/rootfiles");
        return new Launcher("swinglink-workbench.cmd", rootfiles.resolve("win32/swinglink-workbench.cmd"),
                rootfiles.resolve("swinglink-workbench"), "javaw.exe");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenEveryLineEndsWithCrLf(Launcher launcher) throws IOException {
        String text = Files.readString(launcher.cmd(), StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\r\n"), launcher + ": the last line must end with CR LF");
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                fail(launcher + " line " + line + " ends with LF alone: cmd.exe misreads labels and goto then");
            }
            if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                fail(launcher + " line " + line + " holds a CR without LF");
            }
            if (c == '\n') {
                line++;
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenItKeepsItsVariablesToItselfAndLeavesExclamationMarksAlone(Launcher launcher) throws IOException {
        Script script = Script.read(launcher.cmd());
        List<Line> commands = script.commands();
        assertEquals("@echo off", commands.get(0).text(), launcher + ": first command");
        assertEquals("setlocal EnableExtensions DisableDelayedExpansion", commands.get(1).text(),
                launcher + ": setlocal before anything is set, with delayed expansion off (a user may have it on by default)");
        Line enabling = script.first(line -> line.text().toLowerCase().contains("enabledelayedexpansion"));
        assertNull(enabling, launcher + ": delayed expansion would eat the arguments' \"!\": " + enabling);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenItStartsTheRightJavaWithTheArgumentsOnceAndQuotedPaths(Launcher launcher) throws IOException {
        Script script = Script.read(launcher.cmd());
        Line java = script.javaCommand();

        Matcher program = Pattern.compile("^(start \"\" %START_WAIT% )?\"%(\\w+)%\" ").matcher(java.text());
        assertTrue(program.find(), launcher + ": the java command line starts with its quoted program: " + java);
        assertEquals(launcher.javaExe().equals("javaw.exe"), program.group(1) != null,
                launcher + ": javaw.exe is started (start \"\"), java.exe is waited for: " + java);
        assertTrue(script.assigns(program.group(2), "%JAVA_BIN%\\" + launcher.javaExe()),
                launcher + ": " + program.group(2) + " must be set to %JAVA_BIN%\\" + launcher.javaExe());

        List<Line> allArguments = script.lines().stream().filter(line -> line.text().contains("%*")).toList();
        assertEquals(List.of(java), allArguments, launcher + ": the arguments (%*) are passed on the java command line only");
        assertEquals(1, java.text().split("%\\*", -1).length - 1, launcher + ": the arguments (%*) are passed once: " + java);
        assertTrue(java.text().endsWith(" %*"), launcher + ": the arguments come last: " + java);
        assertFalse(java.text().toLowerCase().matches("^(for|if|call)\\b.*"), launcher + ": no for, if or call around it: " + java);

        for (Matcher variable = VARIABLE.matcher(java.text()); variable.find();) {
            String name = variable.group(1);
            boolean quoted = java.text().substring(0, variable.start()).chars().filter(c -> c == '"').count() % 2 == 1;
            assertTrue(quoted || OPTION_LISTS.contains(name) || script.alwaysAssignsQuoted(name),
                    launcher + ": %" + name + "% must be quoted on the java command line (a path may hold spaces): " + java);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenItReturnsTheExitCodeItGets(Launcher launcher) throws IOException {
        Script script = Script.read(launcher.cmd());
        Line java = script.javaCommand();
        Line after = script.commandAfter(java);
        if (after.text().equals("set \"STATUS=%ERRORLEVEL%\"")) { // kept while the console gets its code page back
            Line restore = script.commandAfter(after);
            assertTrue(restore.text().matches("if defined CONSOLE_CODE_PAGE chcp %CONSOLE_CODE_PAGE% .*"), launcher + ": " + restore);
            assertEquals("exit /b %STATUS%", script.commandAfter(restore).text(), launcher + ": returns the exit code kept");
        } else {
            assertEquals("exit /b %ERRORLEVEL%", after.text(),
                    launcher + ": the command after the java command line returns its exit code");
        }
    }

    @Test
    void givenTheHeadlessLauncher_thenTheConsoleShowsTheUtf8SwingLinkWritesAndGetsItsCodePageBack() throws IOException {
        Script script = Script.read(headless().cmd());
        List<String> commands = script.commands().stream().map(Line::text).toList();
        int java = commands.indexOf(script.javaCommand().text());
        int utf8 = commands.indexOf("if defined CONSOLE_CODE_PAGE chcp 65001 >nul 2>&1");
        assertTrue(utf8 >= 0 && utf8 < java, "the console is switched to UTF-8 before SwingLink runs: " + commands);
        assertTrue(commands.subList(0, utf8).stream().anyMatch(command -> command.contains("set \"CONSOLE_CODE_PAGE=%%c\"")),
                "its code page is read first");
        assertTrue(commands.subList(java, commands.size()).contains("if defined CONSOLE_CODE_PAGE chcp %CONSOLE_CODE_PAGE% >nul 2>&1"),
                "and given back after");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenItLooksForJava21InJavaHomeThenTheRegistryThenThePath(Launcher launcher) throws IOException {
        Script script = Script.read(launcher.cmd());
        List<Line> lookup = script.subroutine(":find_java");
        int javaHome = indexOf(lookup, "call :try_home \"%JAVA_HOME", launcher);
        int javaSoft = indexOf(lookup, "reg query \"HKLM\\SOFTWARE\\JavaSoft\\JDK\" /v CurrentVersion", launcher);
        int temurin = indexOf(lookup, "\"Eclipse Adoptium\\JDK\"", launcher);
        int path = indexOf(lookup, "'where java", launcher);
        assertTrue(javaHome < javaSoft && javaSoft < temurin && temurin < path,
                launcher + ": JAVA_HOME, then the registry (JavaSoft, then Temurin), then where java: " + lookup);
        assertEquals("if defined JAVA_BIN goto :eof", script.subroutine(":try_java").get(0).text(),
                launcher + ": a Java once found is kept, so the first place that has one wins");

        List<Line> check = script.subroutine(":try_java");
        int release = indexOf(check, "\"%~dp1..\\release\") do if \"%%a\"==\"JAVA_VERSION\"", launcher);
        int version = indexOf(check, "-version 2^>^&1", launcher);
        int feature = indexOf(check, "if %JAVA_FEATURE_NUMBER% LSS 21 goto :eof", launcher);
        assertTrue(release < version && version < feature,
                launcher + ": the release file's JAVA_VERSION first, java -version only without it, then 21 or newer");
        assertEquals("set /a \"JAVA_FEATURE_NUMBER=JAVA_FEATURE\" 2>nul", check.get(feature - 1).text(),
                launcher + ": the comparison is numeric");
    }

    @Test
    void givenBothLaunchers_thenTheyLookForJavaAlikeAndSayTheSameWhenThereIsNone() throws IOException {
        Script headless = Script.read(headless().cmd());
        Script workbench = Script.read(workbench().cmd());
        assertEquals(headless.from("rem ---- Java lookup"), workbench.from("rem ---- Java lookup"),
                "the Java lookup (from \"rem ---- Java lookup\" to the end) is the same in both launchers");

        List<Line> noJava = headless.subroutine(":no_java");
        assertEquals(noJava.get(0).text(), workbench.subroutine(":no_java").get(0).text(), "the same message in both launchers");
        String message = noJava.get(0).text();
        assertTrue(message.startsWith(">&2 echo "), "the message goes to standard error: " + message);
        String sentence = message.substring(">&2 echo ".length());
        assertTrue(sentence.startsWith("SwingLink needs Java 21 or newer") && sentence.endsWith("."), sentence);
        assertEquals(1, sentence.split("[.!?](\\s|$)").length, "one sentence: " + sentence);
        assertTrue(sentence.contains("https://adoptium.net") && sentence.contains("JAVA_HOME"),
                "it names where to get a Java, and JAVA_HOME: " + sentence);
        assertEquals("exit /b 3", noJava.get(noJava.size() - 1).text(), "exit code 3, as on Linux");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void givenALauncher_thenItTakesTheLinuxLaunchersOptionsAndApplication(Launcher launcher) throws IOException {
        Script script = Script.read(launcher.cmd());
        String linux = Files.readString(launcher.linux());
        Line java = script.javaCommand();

        assertTrue(script.assigns("HOME_DIR", "%~dp0"), launcher + ": the product folder is the script's (%~dp0)");
        assertTrue(script.assigns("LAUNCHER", "%%~ff") && script.first(line -> line.text().startsWith(
                "for %%f in (\"%HOME_DIR%\\plugins\\org.eclipse.equinox.launcher_*.jar\") do ")) != null,
                launcher + ": the launcher jar is looked for as plugins\\org.eclipse.equinox.launcher_*.jar");
        assertTrue(java.text().contains(" -jar \"%LAUNCHER%\" "), launcher + ": " + java);

        // the Linux launcher's defaults for a small input: its heap, and its JIT choice where it makes one
        String defaults = match(linux, "(-Xmx\\w+)", launcher.linux());
        Matcher jit = Pattern.compile("jit_options=\\((-XX:\\S+)\\)").matcher(linux);
        defaults += jit.find() ? " " + jit.group(1) : "";
        assertTrue(script.has("set \"JAVA_OPTIONS=" + defaults + "\""), launcher + ": default JVM options " + defaults + " (as on Linux)");
        assertTrue(script.has("if defined SWINGLINK_JAVA_OPTS set \"JAVA_OPTIONS=%SWINGLINK_JAVA_OPTS%\""),
                launcher + ": SWINGLINK_JAVA_OPTS replaces the defaults");
        assertTrue(java.text().contains(" %JAVA_OPTIONS% "), launcher + ": " + java);

        assertTrue(script.assigns("DROPINS", "%HOME_DIR%\\dropins")
                && script.has("if defined SWINGLINK_DROPINS set \"DROPINS=%SWINGLINK_DROPINS%\"")
                && script.has("if not exist \"%DROPINS%\\\" mkdir \"%DROPINS%\" 2>nul"),
                launcher + ": dropins\\ beside the script unless SWINGLINK_DROPINS names another folder; made when missing");
        assertTrue(java.text().contains(" \"-Dfelix.fileinstall.dir=%DROPINS%\" "), launcher + ": " + java);

        String application = match(linux, "-application (\\S+)", launcher.linux());
        assertTrue(java.text().contains(" -data @noDefault -application " + application + " "),
                launcher + ": -data @noDefault -application " + application + " as in " + launcher.linux() + ": " + java);
    }

    @Test
    void givenTheWorkbenchLauncher_thenDbAsTheFirstArgumentChoosesTheDatabaseAsOnLinux() throws IOException {
        Script script = Script.read(workbench().cmd());
        String linux = Files.readString(workbench().linux());
        assertTrue(linux.contains("db_option=(\"-Dswinglink.db=$2\")"), "the Linux launcher turns --db DIR into -Dswinglink.db");
        assertTrue(script.has("if \"%~1\"==\"--db\" set \"DB_FOLDER=%~2\"")
                && script.has("set DB_OPTION=\"-Dswinglink.db=%DB_FOLDER%\""), "--db DIR becomes \"-Dswinglink.db=DIR\"");
        assertTrue(script.javaCommand().text().contains(" %DB_OPTION% -jar "), script.javaCommand().toString());
    }

    private static int indexOf(List<Line> lines, String part, Launcher launcher) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().contains(part)) {
                return i;
            }
        }
        return fail(launcher + ": no line holds " + part + " in " + lines);
    }

    private static String match(String text, String regex, Path file) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), file + " holds no " + regex);
        return matcher.group(1);
    }

    record Line(int number, String text) {
        @Override
        public String toString() {
            return number + ": " + text;
        }
    }

    /** A batch file as lines; commands are the lines that are neither blank nor comments. */
    record Script(List<Line> lines) {
        static Script read(Path cmd) throws IOException {
            String[] texts = Files.readString(cmd, StandardCharsets.ISO_8859_1).split("\r?\n");
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                lines.add(new Line(i + 1, texts[i].strip()));
            }
            return new Script(lines);
        }

        List<Line> commands() {
            return lines.stream().filter(line -> !line.text().isEmpty() && !line.text().toLowerCase().startsWith("rem ")
                    && !line.text().equalsIgnoreCase("rem") && !line.text().startsWith("::")).toList();
        }

        Line first(Predicate<Line> test) {
            return commands().stream().filter(test).findFirst().orElse(null);
        }

        boolean has(String command) {
            return first(line -> line.text().equals(command)) != null;
        }

        /** The one command that runs SwingLink: it names the application. */
        Line javaCommand() {
            List<Line> java = commands().stream().filter(line -> line.text().contains(" -application ")).toList();
            assertEquals(1, java.size(), "one java command line: " + java);
            return java.get(0);
        }

        Line commandAfter(Line line) {
            List<Line> commands = commands();
            return commands.get(commands.indexOf(line) + 1);
        }

        /** Whether a command sets {@code variable} to a value holding {@code part}. */
        boolean assigns(String variable, String part) {
            return first(line -> line.text().matches("(.* )?set \"" + variable + "=.*") && line.text().contains(part)) != null;
        }

        /** Whether every command setting {@code variable} clears it or gives it a value in quotes (set V="..."). */
        boolean alwaysAssignsQuoted(String variable) {
            List<Line> sets = commands().stream().filter(line -> line.text().matches("(.* )?set \"?" + variable + "=.*")).toList();
            return !sets.isEmpty() && sets.stream().allMatch(line -> line.text().endsWith("set \"" + variable + "=\"")
                    || line.text().matches("(.* )?set " + variable + "=\"[^\"]*\""));
        }

        /** The commands from {@code label} to the next label (a subroutine, or a message and its exit). */
        List<Line> subroutine(String label) {
            List<Line> commands = commands();
            int start = commands.indexOf(first(line -> line.text().equals(label)));
            assertTrue(start >= 0, "no label " + label);
            List<Line> body = new ArrayList<>();
            for (Line line : commands.subList(start + 1, commands.size())) {
                if (line.text().startsWith(":")) {
                    break;
                }
                body.add(line);
            }
            return body;
        }

        /** The text from the first line starting with {@code start} to the end, line numbers aside. */
        List<String> from(String start) {
            List<String> texts = lines.stream().map(Line::text).toList();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).startsWith(start)) {
                    return texts.subList(i, texts.size());
                }
            }
            return fail("no line starts with " + start);
        }
    }
}
