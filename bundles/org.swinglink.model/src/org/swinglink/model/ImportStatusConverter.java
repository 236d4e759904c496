package org.swinglink.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ImportStatusConverter implements AttributeConverter<ImportStatus, String> {
    @Override
    public String convertToDatabaseColumn(ImportStatus status) {
        return status == null ? null : status.databaseValue();
    }

    @Override
    public ImportStatus convertToEntityAttribute(String value) {
        return value == null ? null : ImportStatus.fromDatabaseValue(value);
    }
}
