package org.swinglink.model;

import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps every instant as milliseconds since the epoch (UTC). A zone-less TIMESTAMP column holds the
 * writing computer's wall clock, which moves when the database is read in another zone and repeats
 * in the autumn's DST hour; a count of milliseconds means one instant everywhere and sorts as time does.
 */
@Converter(autoApply = true)
public class UtcMillisConverter implements AttributeConverter<Instant, Long> {
    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
