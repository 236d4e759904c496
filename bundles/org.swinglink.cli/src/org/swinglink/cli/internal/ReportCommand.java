package org.swinglink.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.AggregateSettings;
import org.swinglink.store.EventFilter;
import org.swinglink.store.SeasonQueries.Grouping;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink report}: one player's sessions, weeks or months with their aggregates, streamed. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "A player's sessions (or weeks, or months): counts, sensor and ball averages and maxima, hard-hit,"
                + " smash factor, squared-up rate and attack minus launch angle.")
final class ReportCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--player", required = true, paramLabel = "NAME", description = "The player, named as imports name them.")
    private String player;

    @Mixin
    private AggregateOptions options;

    @Option(names = "--by", paramLabel = "session|week|month", defaultValue = "session",
            description = "A row per visit to the cage (default), per week (Monday to Sunday) or per month.")
    private String by;

    @ArgGroup(exclusive = true)
    private OutputFormat format = new OutputFormat();

    @Override
    public Integer call() throws Exception {
        Grouping grouping = grouping(by);
        ZoneId zone = root.readOptions().zone();
        try (Store store = root.openStore()) {
            User found = store.queries().findUser(UserRole.PLAYER, player).orElse(null);
            if (found == null) {
                root.err.println("No player is called " + player + "; see 'swinglink players'.");
                return ExitCodes.USAGE;
            }
            Instant from = options.from(zone);
            Instant to = options.to(zone);
            AggregateSettings settings = options.settings();
            EventFilter balls = options.filter();
            long periods;
            if (format.json) {
                Json.ArrayWriter array = new Json.ArrayWriter(root.out);
                periods = store.seasons().eachPeriodOfPlayer(found.getId(), from, to, grouping, zone, settings, balls,
                        period -> array.add(json(period)));
                array.finish();
            } else if (format.csv) {
                CSVPrinter csv = new CSVPrinter(root.out, CSVFormat.DEFAULT);
                List<String> header = new ArrayList<>(List.of("start", "end"));
                header.addAll(AggregateColumns.keys());
                csv.printRecord(header);
                periods = store.seasons().eachPeriodOfPlayer(found.getId(), from, to, grouping, zone, settings, balls, period -> {
                    List<String> row = new ArrayList<>(List.of(period.start().toString(), period.end().toString()));
                    row.addAll(AggregateColumns.values(period.aggregates()));
                    csv.printRecord(row);
                });
                csv.flush();
            } else {
                List<String> headings = new ArrayList<>(List.of(grouping == Grouping.SESSION ? "SESSION" : grouping.name()));
                headings.addAll(AggregateColumns.headings());
                StreamedTextTable table = new StreamedTextTable(root.out, headings.toArray(String[]::new));
                periods = store.seasons().eachPeriodOfPlayer(found.getId(), from, to, grouping, zone, settings, balls, period -> {
                    List<String> row = new ArrayList<>(List.of(label(period, grouping, zone)));
                    row.addAll(AggregateColumns.cells(period.aggregates()));
                    table.row(row.toArray());
                });
                table.finish();
                root.out.println(periods == 0 ? "No rows of " + found.getName() + options.describeRange() + "."
                        : periods + " " + grouping.name().toLowerCase(Locale.ROOT) + (periods == 1 ? "" : "s") + " of "
                                + found.getName() + options.describeRange() + "; " + options.describeSettings() + ".");
            }
            root.out.flush();
            return ExitCodes.OK;
        }
    }

    private static Grouping grouping(String by) {
        try {
            return Grouping.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--by takes session, week or month, not '" + by + "'");
        }
    }

    private static Map<String, Object> json(Period period) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("start", period.start());
        fields.put("end", period.end());
        fields.putAll(AggregateColumns.json(period.aggregates()));
        return fields;
    }

    /** "2026-03-01 15:02-16:10" for a session, "week of 2026-03-02", "2026-03". */
    private static String label(Period period, Grouping grouping, ZoneId zone) {
        return switch (grouping) {
            case SESSION -> DAY_TIME.format(period.start().atZone(zone)) + "-" + TIME.format(period.end().atZone(zone));
            case WEEK -> "week of " + LocalDate.ofInstant(period.start(), zone);
            case MONTH -> MONTH.format(period.start().atZone(zone));
        };
    }

    /** --json or --csv, not both. */
    static final class OutputFormat {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV, numbers unformatted, for a spreadsheet.")
        boolean csv;
    }
}
