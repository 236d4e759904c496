package org.swinglink.store;

import java.time.Instant;
import java.util.Comparator;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;

/**
 * One row of a player's data: a HitTrax event with the sensor swing paired with it, a swing no
 * event was paired with, or an event no swing was paired with. Detached, read-only.
 *
 * @param event the ball side, or null for a swing alone
 * @param swing the sensor side, or null for an event alone
 */
public record PlayerRow(HitTraxEvent event, SensorSwing swing) {
    /** By time; rows without one (legacy exports that record no time) last. */
    public static final Comparator<PlayerRow> BY_TIME = Comparator.comparing(PlayerRow::time,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public PlayerRow {
        if (event == null && swing == null) {
            throw new IllegalArgumentException("a row holds an event, a swing or both");
        }
    }

    public Pairing pairing() {
        if (event != null && swing != null) {
            return Pairing.PAIRED;
        }
        return event == null ? Pairing.SENSOR_ONLY : Pairing.HITTRAX_ONLY;
    }

    /** "paired by time", "paired in file", "paired by analyst", "sensor only" or "HitTrax only". */
    public String pairingLabel() {
        if (pairing() == Pairing.PAIRED && swing.getPairingMethod() != null) {
            return pairing().label() + " " + swing.getPairingMethod().label();
        }
        return pairing().label();
    }

    /**
     * When it happened: the HitTrax time of a pair or an event, the sensor's own clock for a swing
     * alone (no offset is known to correct it by); null for a swing whose export records no time.
     */
    public Instant time() {
        return event != null ? event.getEventTimestamp() : swing.getSensorTimestamp();
    }

    public boolean hasSwing() {
        return swing != null;
    }

    public boolean hasEvent() {
        return event != null;
    }
}
