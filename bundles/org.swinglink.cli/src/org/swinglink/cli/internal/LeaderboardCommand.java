package org.swinglink.cli.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.swinglink.store.Metric;
import org.swinglink.store.SeasonQueries.PlayerAggregates;
import org.swinglink.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink leaderboard}: every player over a date range, best first by one metric, with the change against the range before. */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Every player with swings or HitTrax events in a date range (default: the last 30 days), best first"
                + " by one metric, with its change against the range of the same length before.")
final class LeaderboardCommand implements Callable<Integer> {
    private static final int DEFAULT_DAYS = 30;

    @ParentCommand
    private SwingLinkCommand root;

    @Mixin
    private AggregateOptions options;

    @Option(names = "--sort", paramLabel = "METRIC", defaultValue = "exit_velocity_avg",
            description = "The metric to rank by, highest first (default exit_velocity_avg), e.g. bat_speed_avg, squared_up_rate.")
    private String sort;

    @ArgGroup(exclusive = true)
    private ReportCommand.OutputFormat format = new ReportCommand.OutputFormat();

    @Override
    public Integer call() throws Exception {
        Metric metric = Metric.byKey(sort);
        ZoneId zone = root.readOptions().zone();
        if (options.to == null) {
            options.to = LocalDate.now(zone);
        }
        if (options.from == null) {
            options.from = options.to.minusDays(DEFAULT_DAYS - 1);
        }
        if (options.to.isBefore(options.from)) {
            throw new IllegalArgumentException("--to " + options.to + " is before --from " + options.from);
        }
        try (Store store = root.openStore()) {
            List<PlayerAggregates> players = new ArrayList<>(store.seasons().leaderboard(options.from(zone), options.to(zone),
                    options.settings(), options.filter()));
            players.sort(Comparator.comparing((PlayerAggregates p) -> metric.of(p.current()),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            if (format.json) {
                Json.ArrayWriter array = new Json.ArrayWriter(root.out);
                players.forEach(p -> array.add(json(p, metric)));
                array.finish();
            } else if (format.csv) {
                printCsv(players, metric);
            } else {
                printTable(players, metric);
            }
            root.out.flush();
            return ExitCodes.OK;
        }
    }

    private void printCsv(List<PlayerAggregates> players, Metric metric) throws java.io.IOException {
        CSVPrinter csv = new CSVPrinter(root.out, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(List.of("player"));
        header.addAll(AggregateColumns.keys());
        header.addAll(List.of("previous_" + metric.key(), "change_" + metric.key()));
        csv.printRecord(header);
        for (PlayerAggregates p : players) {
            List<String> row = new ArrayList<>(List.of(p.name()));
            row.addAll(AggregateColumns.values(p.current()));
            row.add(AggregateColumns.plain(metric.of(p.previous())));
            row.add(AggregateColumns.plain(change(p, metric)));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private void printTable(List<PlayerAggregates> players, Metric metric) {
        long days = ChronoUnit.DAYS.between(options.from, options.to) + 1;
        if (players.isEmpty()) {
            root.out.println("No player has a swing or HitTrax event from " + options.from + " to " + options.to + ".");
            return;
        }
        List<String> headings = new ArrayList<>(List.of("PLAYER"));
        headings.addAll(AggregateColumns.headings());
        headings.add("CHANGE " + AggregateColumns.heading(metric));
        TextTable table = new TextTable(headings.toArray(String[]::new));
        for (PlayerAggregates p : players) {
            List<String> row = new ArrayList<>(List.of(p.name()));
            row.addAll(AggregateColumns.cells(p.current()));
            Double change = change(p, metric);
            row.add(change == null ? "" : (change >= 0 ? "+" : "") + metric.format(change));
            table.row(row.toArray());
        }
        table.print(root.out, "");
        root.out.println(players.size() + " player" + (players.size() == 1 ? "" : "s") + " from " + options.from + " to "
                + options.to + ", by " + metric.label().toLowerCase(java.util.Locale.ROOT) + "; the change is against the "
                + days + " day" + (days == 1 ? "" : "s") + " before; " + options.describeSettings() + ".");
    }

    private static Double change(PlayerAggregates p, Metric metric) {
        Double now = metric.of(p.current());
        Double before = metric.of(p.previous());
        return now == null || before == null ? null : now - before;
    }

    private static Map<String, Object> json(PlayerAggregates p, Metric metric) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("player", p.name());
        fields.put("playerId", p.playerId());
        fields.put("current", AggregateColumns.json(p.current()));
        fields.put("previous", p.previous() == null ? null : AggregateColumns.json(p.previous()));
        fields.put("sortedBy", metric.key());
        fields.put("change", change(p, metric));
        return fields;
    }
}
