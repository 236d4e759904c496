package org.swinglink.source.hittrax.internal;

import java.util.Locale;
import java.util.function.BiConsumer;

import org.swinglink.source.api.SensorSwingRecord;

/** The {@link SensorSwingRecord} field a sensor column fills, by the builder method's name. */
enum SensorField {
    BAT_SPEED("batSpeed", SensorSwingRecord.Builder::batSpeed),
    ATTACK_ANGLE("attackAngle", SensorSwingRecord.Builder::attackAngle),
    TIME_TO_CONTACT("timeToContact", SensorSwingRecord.Builder::timeToContact),
    PEAK_HAND_SPEED("peakHandSpeed", SensorSwingRecord.Builder::peakHandSpeed),
    POWER_OUTPUT("powerOutput", SensorSwingRecord.Builder::powerOutput),
    ROTATION_METRIC("rotationMetric", SensorSwingRecord.Builder::rotationMetric),
    /** No field: the value lives only among the swing's raw columns. */
    RAW("raw", (builder, value) -> {
    });

    private final String name;
    private final BiConsumer<SensorSwingRecord.Builder, Double> setter;

    SensorField(String name, BiConsumer<SensorSwingRecord.Builder, Double> setter) {
        this.name = name;
        this.setter = setter;
    }

    void set(SensorSwingRecord.Builder builder, Double value) {
        setter.accept(builder, value);
    }

    static SensorField of(String name) {
        for (SensorField field : values()) {
            if (field.name.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'");
    }
}
