package org.swinglink.cli.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.importer.ImportException;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.importer.PlayerMerge;
import org.swinglink.importer.PlayerRecord;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code swinglink players}: every player with what they hold; {@code players rename|merge|delete}
 * change them. Names are matched as imports match them (case, accents, punctuation and
 * "Last, First" do not matter).
 */
@Command(name = "players", mixinStandardHelpOptions = true,
        description = "Lists every player with their HitTrax events, sensor swings, pairs and first and last day;"
                + " its subcommands rename, merge and delete players.",
        subcommands = { PlayersCommand.Rename.class, PlayersCommand.Merge.class, PlayersCommand.Delete.class })
final class PlayersCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--json", description = "Print the players as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            List<PlayerHoldings> players = store.queries().playerHoldings();
            if (json) {
                root.out.println(Json.of(players));
                return ExitCodes.OK;
            }
            if (players.isEmpty()) {
                root.out.println("No players yet.");
                return ExitCodes.OK;
            }
            ZoneId zone = root.readOptions().zone();
            TextTable table = new TextTable("PLAYER", "HITTRAX EVENTS", "SENSOR SWINGS", "PAIRED", "FIRST", "LAST", "ID");
            for (PlayerHoldings p : players) {
                table.row(p.name(), p.hittraxEvents(), p.sensorSwings(), p.pairedSwings(), day(p.firstActivity(), zone),
                        day(p.lastActivity(), zone), p.playerId());
            }
            table.print(root.out, "");
            return ExitCodes.OK;
        }
    }

    private static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    /** Runs a change to players; a refusal is printed with its reason and exits 1, nothing changed. */
    private static int change(SwingLinkCommand root, Edit edit) {
        try (Store store = root.openStore()) {
            root.out.println(edit.apply(new PlayerEdits(store)));
            return ExitCodes.OK;
        } catch (ImportException e) {
            root.err.println("Nothing changed: " + e.getMessage());
            return ExitCodes.IMPORT_FAILED;
        }
    }

    @FunctionalInterface
    private interface Edit {
        String apply(PlayerEdits edits) throws ImportException;
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Gives a player another name. A name another player has is refused: merge the two instead.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        private PlayersCommand players;

        @Parameters(index = "0", paramLabel = "OLD", description = "The player's name as stored (any spelling of it).")
        private String old;

        @Parameters(index = "1", paramLabel = "NEW", description = "The new name.")
        private String name;

        @Override
        public Integer call() {
            return change(players.root, edits -> {
                PlayerRecord before = edits.rename(old, name);
                return "Renamed " + before.name() + " to " + name.strip() + ".";
            });
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merges two spellings of one person: everything FROM holds (HitTrax sessions, sensor swings, import"
                    + " records) goes to INTO, FROM is deleted, and INTO's unpaired swings are paired with their unpaired events.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        private PlayersCommand players;

        @Parameters(index = "0", paramLabel = "FROM", description = "The player to merge; deleted afterwards.")
        private String from;

        @Parameters(index = "1", paramLabel = "INTO", description = "The player who gets everything.")
        private String into;

        @Mixin
        private MatchingOptions matching;

        @Override
        public Integer call() {
            return change(players.root, edits -> {
                PlayerMerge merge = edits.merge(from, into, matching.settings());
                return "Merged " + merge.merged().name() + " into " + merge.into().name() + ": " + merge.eventsMoved()
                        + " HitTrax events and " + merge.swingsMoved() + " sensor swings moved, " + merge.newPairs()
                        + " new pairs.";
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a player who holds nothing (no HitTrax session, sensor swing or import names them).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        private PlayersCommand players;

        @Parameters(index = "0", paramLabel = "NAME", description = "The player's name.")
        private String name;

        @Override
        public Integer call() {
            return change(players.root, edits -> "Deleted " + edits.delete(name).name() + ".");
        }
    }
}
