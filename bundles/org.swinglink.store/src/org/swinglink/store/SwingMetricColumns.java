package org.swinglink.store;

import static org.swinglink.store.NullableColumns.decimal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.swinglink.model.SensorSwing;
import org.swinglink.model.SensorSwing.SwingMetric;

/** The swing metrics' columns as the listings select them, one per {@link SwingMetric}, in its order. */
final class SwingMetricColumns {
    static final int COUNT = SwingMetric.values().length;

    private SwingMetricColumns() {
    }

    /** "s.bat_speed, s.attack_angle, ..." for {@code alias} "s"; without an alias for an empty one. */
    static String select(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return Arrays.stream(SwingMetric.values()).map(m -> prefix + m.key()).collect(Collectors.joining(", "));
    }

    /** Sets the swing's metrics from the row's columns that start at {@code first}. */
    static void read(ResultSet row, int first, SensorSwing swing) throws SQLException {
        int column = first;
        for (SwingMetric metric : SwingMetric.values()) {
            metric.set(swing, decimal(row, column++));
        }
    }

    /** The row's metrics, from its columns that start at {@code first}; absent when null. */
    static Map<SwingMetric, Double> values(ResultSet row, int first) throws SQLException {
        Map<SwingMetric, Double> values = new EnumMap<>(SwingMetric.class);
        int column = first;
        for (SwingMetric metric : SwingMetric.values()) {
            Double value = decimal(row, column++);
            if (value != null) {
                values.put(metric, value);
            }
        }
        return values;
    }
}
