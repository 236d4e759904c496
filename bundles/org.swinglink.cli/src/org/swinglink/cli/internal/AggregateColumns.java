package org.swinglink.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.store.Aggregates;
import org.swinglink.store.Metric;

/** The aggregates as the report and leaderboard print them: table cells, CSV values and JSON fields, one per metric. */
final class AggregateColumns {
    private AggregateColumns() {
    }

    /** Short headings, so that a period fits a wide terminal's line; {@code --csv} and {@code --json} use the metrics' keys. */
    static List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            headings.add(heading(metric));
        }
        return headings;
    }

    static String heading(Metric metric) {
        return switch (metric) {
            case SWINGS -> "SWINGS";
            case EVENTS -> "EVENTS";
            case PAIRS -> "PAIRS";
            case PAIR_RATE -> "PAIRED";
            case BAT_SPEED_AVG -> "BAT";
            case BAT_SPEED_MAX -> "BAT MAX";
            case HAND_SPEED_AVG -> "HAND";
            case HAND_SPEED_MAX -> "HAND MAX";
            case ATTACK_ANGLE_AVG -> "AA";
            case ATTACK_ANGLE_MAX -> "AA MAX";
            case TIME_TO_CONTACT_AVG -> "TTC";
            case TIME_TO_CONTACT_MAX -> "TTC MAX";
            case POWER_AVG -> "POWER";
            case POWER_MAX -> "POWER MAX";
            case EXIT_VELOCITY_AVG -> "EV";
            case EXIT_VELOCITY_MAX -> "EV MAX";
            case LAUNCH_ANGLE_AVG -> "LA";
            case DISTANCE_AVG -> "DIST";
            case HARD_HIT_RATE -> "HARD HIT";
            case SMASH_FACTOR -> "SMASH";
            case SQUARED_UP_RATE -> "SQUARED UP";
            case ATTACK_MINUS_LAUNCH -> "AA-LA";
        };
    }

    static List<String> cells(Aggregates aggregates) {
        List<String> cells = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            cells.add(metric.format(metric.of(aggregates)));
        }
        return cells;
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            keys.add(metric.key());
        }
        return keys;
    }

    /** Numbers to four decimals, empty when nothing measured the metric. */
    static List<String> values(Aggregates aggregates) {
        List<String> values = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            values.add(plain(metric.of(aggregates)));
        }
        return values;
    }

    static String plain(Double number) {
        return number == null ? "" : BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** Every metric by key, null when nothing measured it (counts as whole numbers). */
    static Map<String, Object> json(Aggregates aggregates) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Double value = metric.of(aggregates);
            fields.put(metric.key(), value != null && metric.isCount() ? (Object) Math.round(value) : value);
        }
        return fields;
    }
}
