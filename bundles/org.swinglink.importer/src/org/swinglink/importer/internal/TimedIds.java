package org.swinglink.importer.internal;

import java.util.Arrays;
import java.util.UUID;

/**
 * Stored rows as pairing sees them: a time and an id each, kept in primitive arrays (24 bytes a
 * row) so that a season's million rows fit beside the import in a small heap.
 */
final class TimedIds {
    private long[] millis = new long[256];
    private long[] idHigh = new long[256];
    private long[] idLow = new long[256];
    private int size;

    void add(long epochMillis, UUID id) {
        if (size == millis.length) {
            int capacity = size * 2;
            millis = Arrays.copyOf(millis, capacity);
            idHigh = Arrays.copyOf(idHigh, capacity);
            idLow = Arrays.copyOf(idLow, capacity);
        }
        millis[size] = epochMillis;
        idHigh[size] = id.getMostSignificantBits();
        idLow[size] = id.getLeastSignificantBits();
        size++;
    }

    void addAll(TimedIds other) {
        for (int i = 0; i < other.size; i++) {
            add(other.millis[i], other.id(i));
        }
    }

    int size() {
        return size;
    }

    long millis(int index) {
        return millis[index];
    }

    UUID id(int index) {
        return new UUID(idHigh[index], idLow[index]);
    }

    long[] times() {
        return Arrays.copyOf(millis, size);
    }
}
