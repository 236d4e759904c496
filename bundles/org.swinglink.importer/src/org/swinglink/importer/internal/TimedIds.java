package org.swinglink.importer.internal;

import java.util.Arrays;
import java.util.UUID;

/**
 * Stored rows as pairing sees them: a time and an id each, kept in primitive arrays (24 bytes a
 * row) so that a season's million rows fit beside the import in a small heap. An id is a number
 * (kept as it is, with a high word of zero, which no version-4 UUID has) or, for rows of earlier
 * releases, a UUID (kept as its two words).
 */
final class TimedIds {
    private long[] millis = new long[256];
    private long[] idHigh = new long[256];
    private long[] idLow = new long[256];
    private int size;

    void add(long epochMillis, String id) {
        if (size == millis.length) {
            int capacity = size * 2;
            millis = Arrays.copyOf(millis, capacity);
            idHigh = Arrays.copyOf(idHigh, capacity);
            idLow = Arrays.copyOf(idLow, capacity);
        }
        millis[size] = epochMillis;
        if (id.indexOf('-') < 0) {
            idHigh[size] = 0;
            idLow[size] = Long.parseLong(id);
        } else {
            UUID uuid = UUID.fromString(id);
            idHigh[size] = uuid.getMostSignificantBits();
            idLow[size] = uuid.getLeastSignificantBits();
        }
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

    String id(int index) {
        return idHigh[index] == 0 ? Long.toString(idLow[index]) : new UUID(idHigh[index], idLow[index]).toString();
    }

    long[] times() {
        return Arrays.copyOf(millis, size);
    }
}
