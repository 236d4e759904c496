package org.swinglink.store;

import java.util.Optional;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;

/**
 * One stored row and the row it is paired with, each with its original columns as read back from
 * its file (JSON objects of column name to text).
 *
 * @param swing      the sensor swing, or null for an event without a swing
 * @param event      the HitTrax event, or null for an unpaired swing
 * @param swingRaw   the swing's original columns, when its file is kept
 * @param eventRaw   the event's original columns, when its file is kept
 */
public record StoredPair(SensorSwing swing, HitTraxEvent event, Optional<String> swingRaw, Optional<String> eventRaw) {
}
