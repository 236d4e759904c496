package org.swinglink.store;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.swinglink.model.PairingMethod;

/**
 * How some of an import's pairs came about: which sensor's swings, paired how.
 *
 * @param sensorType the swings' sensor type (a source id such as {@code blast})
 * @param method     how they were paired
 * @param pairs      how many
 */
public record PairOrigin(String sensorType, PairingMethod method, int pairs) {

    /**
     * "12 in file (Diamond Kinetics), 3 by time (Blast Motion)"; empty for no pairs.
     *
     * @param sensorName a sensor type's name for people
     */
    public static String describe(List<PairOrigin> origins, Function<String, String> sensorName) {
        return origins.stream().map(o -> o.pairs() + " " + o.method().label() + " (" + sensorName.apply(o.sensorType()) + ")")
                .collect(Collectors.joining(", "));
    }
}
