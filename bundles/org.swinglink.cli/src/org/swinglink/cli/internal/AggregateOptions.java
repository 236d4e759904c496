package org.swinglink.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.swinglink.store.AggregateSettings;
import org.swinglink.store.EventFilter;

import picocli.CommandLine.Option;

/** The date range and thresholds the report and the leaderboard share; days are the reader's (--zone). */
final class AggregateOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd), included.")
    LocalDate to;

    @Option(names = "--hard-hit", paramLabel = "MPH", defaultValue = "95",
            description = "Exit velocity at or above which a ball is hard hit (default 95).")
    double hardHitMph;

    @Option(names = "--squared-up", paramLabel = "SHARE", defaultValue = "0.8",
            description = "Share of the collision maximum (1.23 x bat speed + 0.23 x pitch speed) a squared-up ball"
                    + " reaches (default 0.8).")
    double squaredUpShare;

    @Option(names = "--pitch-type", paramLabel = "TYPE", description = "Only balls of this pitch type, as HitTrax writes it"
            + " (repeat for more); a swing then counts only with such a ball.")
    List<String> pitchTypes = new ArrayList<>();

    @Option(names = "--result", paramLabel = "RESULT", description = "Only balls with this result, as HitTrax writes it"
            + " (e.g. 2B-8; repeat for more).")
    List<String> results = new ArrayList<>();

    EventFilter filter() {
        return new EventFilter(Set.copyOf(pitchTypes), Set.copyOf(results));
    }

    Instant from(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    Instant to(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    AggregateSettings settings() {
        return new AggregateSettings(hardHitMph, squaredUpShare);
    }

    String describeRange() {
        if (from == null && to == null) {
            return "";
        }
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }

    String describeSettings() {
        String kept = (pitchTypes.isEmpty() ? "" : "pitch types " + String.join(", ", pitchTypes) + "; ")
                + (results.isEmpty() ? "" : "results " + String.join(", ", results) + "; ");
        return kept + "hard hit from " + AggregateColumns.plain(hardHitMph) + " mph, squared up from "
                + Math.round(squaredUpShare * 100) + "% of the collision maximum";
    }
}
