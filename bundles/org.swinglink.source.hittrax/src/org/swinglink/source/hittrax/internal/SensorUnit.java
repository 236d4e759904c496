package org.swinglink.source.hittrax.internal;

import java.util.Locale;

/**
 * The units a sensor column may be written in, each with the factor to SwingLink's unit of the
 * same quantity (mph, degrees, milliseconds, watts). Units SwingLink keeps no field for, such as
 * impact momentum, convert by 1: they are only kept with the swing's own columns.
 */
enum SensorUnit {
    MPH("mph", 1),
    METRES_PER_SECOND("m/s", 3600 / 1609.344),
    KILOMETRES_PER_HOUR("km/h", 1 / 1.609344),
    MILLISECONDS("ms", 1),
    SECONDS("s", 1000),
    DEGREES("deg", 1),
    WATTS("W", 1),
    KILOWATTS("kW", 1000),
    G("g", 1),
    KILOGRAM_METRES_PER_SECOND("kg·m/s", 1);

    private final String symbol;
    private final double toSwingLink;

    SensorUnit(String symbol, double toSwingLink) {
        this.symbol = symbol;
        this.toSwingLink = toSwingLink;
    }

    double convert(double value) {
        return value * toSwingLink;
    }

    static SensorUnit of(String symbol) {
        for (SensorUnit unit : values()) {
            if (unit.symbol.toLowerCase(Locale.ROOT).equals(symbol.strip().toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'");
    }
}
