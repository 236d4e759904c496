package org.swinglink.store;

/**
 * Counts the rows a {@link RowSink} holds and their size, so each sink decides only how it holds
 * and sends them: full at its capacity of rows, or at {@value RowSink#FULL_BYTES} bytes of large values.
 */
abstract class HeldRows implements RowSink {
    private final int capacity;
    private int held;
    private long heldBytes;

    HeldRows(int capacity) {
        this.capacity = capacity;
    }

    /** One row more is held, of {@code bytes} bytes of text and binary values. */
    final void rowHeld(long bytes) {
        held++;
        heldBytes += bytes;
    }

    /** The held rows went to the table. */
    final void allSent() {
        held = 0;
        heldBytes = 0;
    }

    @Override
    public final int held() {
        return held;
    }

    @Override
    public final boolean full() {
        return held >= capacity || heldBytes >= FULL_BYTES;
    }
}
