package org.swinglink.model;

/** How a sensor swing came to be paired with its HitTrax event; the database keeps the lower-case names. */
public enum PairingMethod {
    /** SwingLink's matcher paired them by time, across the two devices' clocks. */
    TIME("time", "by time"),
    /** The tracker's own export held the swing in the event's row (HitTrax with a linked sensor). */
    IN_FILE("in_file", "in file"),
    /** An analyst paired them by hand. */
    ANALYST("analyst", "by analyst");

    private final String databaseValue;
    private final String label;

    PairingMethod(String databaseValue, String label) {
        this.databaseValue = databaseValue;
        this.label = label;
    }

    public String databaseValue() {
        return databaseValue;
    }

    /** How people read it: "by time", "in file", "by analyst". */
    public String label() {
        return label;
    }

    /** @return null for null: a swing paired before SwingLink recorded how is read as paired by time */
    public static PairingMethod fromDatabaseValue(String value) {
        if (value == null) {
            return null;
        }
        for (PairingMethod method : values()) {
            if (method.databaseValue.equals(value)) {
                return method;
            }
        }
        throw new IllegalArgumentException("Unknown pairing method in database: " + value);
    }
}
