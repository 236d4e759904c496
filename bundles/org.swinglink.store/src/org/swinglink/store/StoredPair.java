package org.swinglink.store;

import java.util.Map;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;

/**
 * One stored row and the row it is paired with, each with its original columns as read back from
 * its file (column name to text, in the file's order).
 *
 * @param swing        the sensor swing, or null for an event without a swing
 * @param event        the HitTrax event, or null for an unpaired swing
 * @param swingColumns the swing's original columns; empty when there is no swing or its file is not kept
 * @param eventColumns the event's original columns; empty when there is no event or its file is not kept
 */
public record StoredPair(SensorSwing swing, HitTraxEvent event, Map<String, String> swingColumns,
        Map<String, String> eventColumns) {
}
