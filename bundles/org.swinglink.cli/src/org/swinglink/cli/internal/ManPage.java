package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * swinglink(1) in troff, written from picocli's model of the commands, so the page says what
 * {@code --help} says: each command's synopsis, description, options and parameters, then the exit
 * codes, the environment and the files.
 */
record ManPage(CommandSpec root, String version) {

    void write(PrintWriter out) {
        out.println(".TH SWINGLINK 1 \"" + LocalDate.now(ZoneOffset.UTC) + "\" \"" + escape(version) + "\" \"SwingLink Manual\"");
        out.println(".SH NAME");
        out.println("swinglink \\- " + escape(lowerFirst(first(root.usageMessage().description()))));
        out.println(".SH SYNOPSIS");
        out.println(".B swinglink");
        out.println("[\\fB\\-\\-db\\fR \\fIDIR|URL\\fR] [\\fB\\-\\-zone\\fR \\fIZONE\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]");
        out.println(".SH DESCRIPTION");
        paragraphs(out, root.usageMessage().description());
        out.println(".SH OPTIONS");
        options(out, root);
        out.println(".SH COMMANDS");
        for (CommandLine sub : root.subcommands().values()) {
            command(out, sub.getCommandSpec());
        }
        out.println(".SH EXIT STATUS");
        for (var code : root.usageMessage().exitCodeList().entrySet()) {
            out.println(".TP");
            out.println(escape(code.getKey().strip()));
            out.println(escape(code.getValue()));
        }
        out.println(".SH ENVIRONMENT");
        item(out, "SWINGLINK_JAVA_OPTS", "JVM options, replacing the defaults (-Xmx1g), e.g. -Xmx4g for a bigger heap.");
        item(out, "SWINGLINK_DROPINS", "The folder of third-party parser bundles (default: dropins/ beside the launcher).");
        item(out, "PGPASSWORD, PGPASSFILE", "The password for a server database, or the file it is read from (default ~/.pgpass).");
        out.println(".SH FILES");
        item(out, "~/.swinglink", "The default database folder (on macOS ~/Library/Application Support/SwingLink unless"
                + " ~/.swinglink exists): the embedded database, swinglink.log with the details of failures,"
                + " and the working copies of running imports.");
        out.println(".SH SEE ALSO");
        out.println("swinglink help COMMAND; swinglink generate-completion");
        out.flush();
    }

    private void command(PrintWriter out, CommandSpec command) {
        if (command.usageMessage().hidden()) {
            return;
        }
        out.println(".SS " + escape(command.qualifiedName(" ")));
        String synopsis = new CommandLine.Help(command, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).strip().replaceAll("\\s+", " ");
        out.println(".PP");
        out.println("\\fB" + escape(synopsis) + "\\fR");
        paragraphs(out, command.usageMessage().description());
        options(out, command);
        for (CommandLine sub : command.subcommands().values()) {
            command(out, sub.getCommandSpec());
        }
    }

    private static void options(PrintWriter out, CommandSpec command) {
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            if (!parameter.hidden()) {
                formattedItem(out, "\\fI" + escape(parameter.paramLabel()) + "\\fR", asShown(String.join(" ", parameter.description())));
            }
        }
        for (OptionSpec option : command.options()) {
            if (option.hidden() || (option.inherited() && command.parent() != null)) {
                continue;
            }
            String names = String.join(", ", List.of(option.names()).stream().map(name -> "\\fB" + escape(name) + "\\fR").toList());
            String label = option.typeInfo().isBoolean() ? "" : " \\fI" + escape(option.paramLabel()) + "\\fR";
            formattedItem(out, names + label, asShown(String.join(" ", option.description())));
        }
    }

    private static void item(PrintWriter out, String term, String text) {
        formattedItem(out, escape(term), text);
    }

    /** @param term already in troff, with its fonts */
    private static void formattedItem(PrintWriter out, String term, String text) {
        out.println(".TP");
        out.println(term);
        out.println(escape(text));
    }

    private static void paragraphs(PrintWriter out, String[] lines) {
        for (String line : lines) {
            out.println(".PP");
            out.println(escape(asShown(line).strip()));
        }
    }

    /** A description as --help shows it: picocli formats each one, so "%%" is a percent sign and "%n" a line break. */
    private static String asShown(String description) {
        return description.replace("%n", " ").replace("%%", "%");
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** Backslashes and hyphens as troff wants them, and no line taken for a request by its first character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
