package org.swinglink.store;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids for the rows an import writes: random (version 4) UUIDs like the entities' own, from a fast
 * generator seeded once from the secure one, rather than a call to the secure source per row as
 * {@link UUID#randomUUID()} makes. They are not time-ordered on purpose: listings print the first
 * eight characters and analysts assign swings by them, so those must differ between rows.
 */
final class RowIds {
    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());

    UUID next() {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
