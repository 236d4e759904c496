package org.swinglink.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PairingMethodConverter implements AttributeConverter<PairingMethod, String> {
    @Override
    public String convertToDatabaseColumn(PairingMethod method) {
        return method == null ? null : method.databaseValue();
    }

    @Override
    public PairingMethod convertToEntityAttribute(String value) {
        return PairingMethod.fromDatabaseValue(value);
    }
}
