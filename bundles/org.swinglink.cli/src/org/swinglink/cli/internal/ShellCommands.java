package org.swinglink.cli.internal;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The commands that fit SwingLink into a shell rather than into its database: completion scripts
 * made from the command model, and the man page the build makes the same way.
 */
final class ShellCommands {
    private ShellCommands() {
    }

    static void addTo(CommandLine commandLine) {
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().description(
                "Prints a bash completion script for swinglink, which zsh runs too.",
                "Load it with 'source <(swinglink generate-completion)' in ~/.bashrc or ~/.zshrc, or save it where bash-completion"
                        + " looks: ~/.local/share/bash-completion/completions/swinglink.");
        commandLine.addSubcommand("generate-completion", completion);
        commandLine.addSubcommand("generate-man-page", new ManPageCommand());
    }
}
