package org.swinglink.model;

/** How an import was started; the database keeps the schema proposal's lower-case names. */
public enum ImportType {
    PER_PLAYER("per_player"), BULK("bulk");

    private final String databaseValue;

    ImportType(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    public String databaseValue() {
        return databaseValue;
    }

    public static ImportType fromDatabaseValue(String value) {
        for (ImportType type : values()) {
            if (type.databaseValue.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown import type in database: " + value);
    }
}
