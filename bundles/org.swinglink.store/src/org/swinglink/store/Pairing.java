package org.swinglink.store;

/** Whether a row of a player's data holds a pair, a swing alone, or a HitTrax event alone. */
public enum Pairing {
    PAIRED("paired"),
    SENSOR_ONLY("sensor only"),
    HITTRAX_ONLY("HitTrax only");

    private final String label;

    Pairing(String label) {
        this.label = label;
    }

    /** How the views write it: "paired", "sensor only", "HitTrax only". */
    public String label() {
        return label;
    }
}
