package org.swinglink.model;

/** Life cycle of an import: created as processing, then completed or failed, never deleted. */
public enum ImportStatus {
    PROCESSING("processing"), COMPLETED("completed"), FAILED("failed");

    private final String databaseValue;

    ImportStatus(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    public String databaseValue() {
        return databaseValue;
    }

    public static ImportStatus fromDatabaseValue(String value) {
        for (ImportStatus status : values()) {
            if (status.databaseValue.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown import status in database: " + value);
    }
}
