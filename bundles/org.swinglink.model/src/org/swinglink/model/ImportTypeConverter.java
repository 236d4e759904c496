package org.swinglink.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ImportTypeConverter implements AttributeConverter<ImportType, String> {
    @Override
    public String convertToDatabaseColumn(ImportType type) {
        return type == null ? null : type.databaseValue();
    }

    @Override
    public ImportType convertToEntityAttribute(String value) {
        return value == null ? null : ImportType.fromDatabaseValue(value);
    }
}
