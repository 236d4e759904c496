package org.swinglink.store;

/**
 * One table on both sides of a copy: its rows and their checksum ({@link RowChecksum}, sixteen hex
 * digits) on the source as read and on the target after the commit.
 */
public record TableComparison(String table, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {
    /** Whether the target holds the source's rows, no more, no fewer, no value changed. */
    public boolean equal() {
        return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
    }
}
